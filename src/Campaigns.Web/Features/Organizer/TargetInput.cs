using Campaigns.Web.Email;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Features.Signing;
using FluentValidation;
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
        public Validator(IOptions<MailOptions> mail)
        {
            RuleFor(t => t.Name).NotEmpty().When(t => t.Id is null).WithMessage("Each target needs a name.").MaximumLength(200);
            RuleFor(t => t.Title).MaximumLength(200);
            RuleFor(t => t.Organisation).MaximumLength(200);
            RuleFor(t => t.CleanCountry).Must(c => c is null || Countries.IsKnown(c)).OverridePropertyName(nameof(Country))
                .WithMessage("Country must be an ISO 3166-1 alpha-2 code, such as GB or CN.");
            RuleFor(t => t.Email).MaximumLength(254).BareEmailAddress().When(t => !string.IsNullOrWhiteSpace(t.Email))
                .WithMessage("The target's email address is not valid.");
            RuleFor(t => t.Email).DeliverableLocalPart(mail.Value)
                .WithMessage(Targets.TargetValidator.UndeliverableEmail);
        }
    }
}
