using Campaigns.Web.Features.Signing;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Letters;

/// <summary>An organisation co-signing a joint statement, and the role of the person signing for it.</summary>
public sealed record OrganisationBlock
{
    public string? OrganisationName { get; init; }

    /// <summary>The organisation's domain, or its website's address.</summary>
    public string? OrganisationDomain { get; init; }
    public string? SignerRole { get; init; }

    public class Validator : AbstractValidator<OrganisationBlock>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(o => o.OrganisationName).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage(_ => l["Please enter the organisation's name."])
                .MaximumLength(200).WithMessage(_ => l["The organisation's name can be at most {0} characters long.", 200])
                .Must(n => !SpreadsheetFormula.StartsWithTrigger(n)).WithMessage(_ => l["The organisation's name cannot start with =, +, - or @."]);
            RuleFor(o => o.OrganisationDomain).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage(_ => l["Please enter the organisation's website or domain, such as example.org."])
                .MaximumLength(253).WithMessage(_ => l["The organisation's website or domain can be at most {0} characters long.", 253])
                .Must(d => OrganisationDomains.Normalize(d) is not null)
                .WithMessage(_ => l["Please enter the organisation's website or domain, such as example.org."]);
            RuleFor(o => o.SignerRole).MaximumLength(200).WithMessage(_ => l["Your role can be at most {0} characters long.", 200])
                .Must(r => !SpreadsheetFormula.StartsWithTrigger(r)).WithMessage(_ => l["Your role cannot start with =, +, - or @."]);
        }
    }
}
