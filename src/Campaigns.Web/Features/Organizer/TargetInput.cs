using Campaigns.Web.Email;
using Campaigns.Web.Features.Signing;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Organizer;

/// <summary>
/// An official a campaign addresses: one already in the organisation's directory (by <see cref="Id"/>), or one
/// described here, who then joins the directory.
/// </summary>
public sealed record TargetInput
{
    public Guid? Id { get; init; }
    public string? Name { get; init; }
    public string? Title { get; init; }
    public string? Organisation { get; init; }
    public string? Country { get; init; }
    public string? Email { get; init; }

    public string CleanName => Text.Clean(Name)!;

    public string? CleanTitle => Text.Clean(Title);

    public string? CleanCountry => Text.Clean(Country)?.ToUpperInvariant();

    public class Validator : AbstractValidator<TargetInput>
    {
        public Validator(IStringLocalizer<SharedResource> l, IOptions<MailOptions> mail)
        {
            RuleFor(t => t.Name).NotEmpty().When(t => t.Id is null).WithMessage(_ => l["Each target needs a name."]).MaximumLength(200);
            RuleFor(t => t.Title).MaximumLength(200);
            RuleFor(t => t.Organisation).MaximumLength(200);
            RuleFor(t => t.CleanCountry).Must(c => c is null || Countries.IsKnown(c)).OverridePropertyName(nameof(Country))
                .WithMessage(_ => l["Country must be an ISO 3166-1 alpha-2 code, such as GB or CN."]);
            RuleFor(t => t.Email).MaximumLength(254).BareEmailAddress(l).When(t => !string.IsNullOrWhiteSpace(t.Email))
                .WithMessage(_ => l["The target's email address is not valid."]);
            RuleFor(t => t.Email).DeliverableLocalPart(l, mail.Value)
                .WithMessage(_ => l["The target's email address has accented or non-Latin letters before the @, which our mail server cannot deliver to."]);
        }
    }
}
