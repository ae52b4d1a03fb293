using System.Text.RegularExpressions;
using Campaigns.Web.Domain;
using Campaigns.Web.Email;
using Campaigns.Web.Features.Signing;
using Campaigns.Web.Infrastructure;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Targets;

public sealed partial class TargetValidator : AbstractValidator<TargetRequest>
{
    public const int MaxHourlyCap = 1000;
    public const int MaxDigestThreshold = 10_000;
    public const string UndeliverableEmail = "The target's email address has accented or non-Latin letters before the @, which our mail server cannot deliver to.";

    public TargetValidator(IOptions<MailOptions> mail)
    {
        RuleFor(t => t.Name).NotEmpty().WithMessage("Give the target a name.")
            .MaximumLength(200).WithMessage("The name can be at most 200 characters long.");
        RuleFor(t => t.Title).MaximumLength(200).WithMessage("The title can be at most 200 characters long.");
        RuleFor(t => t.Organisation).MaximumLength(200).WithMessage("The organisation can be at most 200 characters long.");
        RuleFor(t => t.Salutation).MaximumLength(200).WithMessage("The salutation can be at most 200 characters long.");
        RuleFor(t => t.PostalAddress).MaximumLength(1000).WithMessage("The postal address can be at most 1,000 characters long.");
        RuleFor(t => t.Notes).MaximumLength(2000).WithMessage("The notes can be at most 2,000 characters long.");
        RuleFor(t => t.Country).Must(c => string.IsNullOrWhiteSpace(c) || Countries.IsKnown(c.Trim()))
            .WithMessage("Country must be an ISO 3166-1 alpha-2 code, such as GB or CN.");
        RuleFor(t => t.Email).MaximumLength(254).BareEmailAddress().WithMessage("The target's email address is not valid.")
            .DeliverableLocalPart(mail.Value)
            .WithMessage(UndeliverableEmail);
        RuleFor(t => t.Email).NotEmpty().When(t => t.ChosenChannel == DeliveryChannel.Email)
            .WithMessage("An email delivery needs the target's email address.");
        RuleFor(t => t.PostalAddress).NotEmpty().When(t => t.ChosenChannel == DeliveryChannel.Post)
            .WithMessage("A postal delivery needs the target's postal address.");
        RuleFor(t => t.Language).Must(l => string.IsNullOrWhiteSpace(l) || LanguageTag().IsMatch(l.Trim()))
            .WithMessage("Language must be a language tag, such as en, zh-CN or pt-BR.");
        RuleFor(t => t.TimeZone).Must(IsKnownTimeZone)
            .WithMessage("Time zone must be an IANA time zone id, such as Europe/London or Asia/Shanghai.");
        RuleFor(t => t.Channel).IsInEnum().WithMessage("Channel must be email or post.");
        RuleFor(t => t.Mode).IsInEnum().WithMessage("Mode must be individual, digest or onRelease.");
        RuleFor(t => t.HourlyCap).InclusiveBetween(1, MaxHourlyCap)
            .WithMessage($"The hourly cap must be between 1 and {MaxHourlyCap:N0} letters.");
        RuleFor(t => t.DigestThreshold).NotNull().When(t => t.ChosenMode == DeliveryMode.Digest && !t.DigestDaily)
            .WithMessage("A digest needs a threshold (send every N signatures) unless it goes out daily.");
        RuleFor(t => t.DigestThreshold).InclusiveBetween(1, MaxDigestThreshold)
            .WithMessage($"The digest threshold must be between 1 and {MaxDigestThreshold:N0} signatures.");
        OfficeHoursRules();
    }

    private void OfficeHoursRules()
    {
        RuleFor(t => t.OfficeHoursStart).Must(OfficeHoursText.IsValid).WithMessage("Office hours start must be a time such as 09:00.");
        RuleFor(t => t.OfficeHoursEnd).Must(OfficeHoursText.IsValid).WithMessage("Office hours end must be a time such as 17:00.");
        RuleFor(t => t.OfficeHoursEnd)
            .Must((t, end) => string.IsNullOrWhiteSpace(t.OfficeHoursStart) == string.IsNullOrWhiteSpace(end))
            .WithMessage("Give both the start and the end of the office hours, or neither.")
            .Must((t, end) => OfficeHoursText.Parse(t.OfficeHoursStart) is not { } start || OfficeHoursText.Parse(end) is not { } stop || start < stop)
            .WithMessage("Office hours must end after they start.")
            .When(t => OfficeHoursText.IsValid(t.OfficeHoursStart) && OfficeHoursText.IsValid(t.OfficeHoursEnd));
    }

    private static bool IsKnownTimeZone(string? id) =>
        string.IsNullOrWhiteSpace(id) || (id.Trim().Length <= 64 && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out _));

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$")]
    private static partial Regex LanguageTag();
}
