using Campaigns.Web.Features.Signing;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Fraud;

/// <summary>Which signatures of a campaign to invalidate (every criterion given must match) and why.</summary>
public sealed record InvalidationRequest
{
    public string? IpHash { get; init; }
    public string? EmailDomain { get; init; }
    public string? Country { get; init; }

    /// <summary>Signed at or after (UTC).</summary>
    public DateTime? From { get; init; }

    /// <summary>Signed before (UTC).</summary>
    public DateTime? Until { get; init; }
    public string? Reason { get; init; }

    public bool HasCriteria =>
        !string.IsNullOrWhiteSpace(IpHash) || !string.IsNullOrWhiteSpace(EmailDomain) || !string.IsNullOrWhiteSpace(Country) || From is not null || Until is not null;

    public class Validator : AbstractValidator<InvalidationRequest>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(r => r.Reason).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage(_ => l["Please give the reason for the invalidation."])
                .MaximumLength(500).WithMessage(_ => l["The reason can be at most {0} characters long.", 500]);
            RuleFor(r => r.IpHash).MaximumLength(64).WithMessage(_ => l["The IP hash can be at most {0} characters long.", 64]);
            RuleFor(r => r.EmailDomain).MaximumLength(253).WithMessage(_ => l["The email domain can be at most {0} characters long.", 253]);
            RuleFor(r => r.Country).Must(c => string.IsNullOrWhiteSpace(c) || Countries.IsKnown(c.Trim()))
                .WithMessage(_ => l["Please choose a country from the list (an ISO 3166-1 code such as GB)."]);
            RuleFor(r => r.Until).GreaterThan(r => r.From).When(r => r.From is not null && r.Until is not null)
                .WithMessage(_ => l["The end of the time window must come after its start."]);
            RuleFor(r => r).Must(r => r.HasCriteria).WithName("Criteria").OverridePropertyName("criteria")
                .WithMessage(_ => l["Choose at least one criterion: IP hash, email domain, country or time window."]);
        }
    }
}
