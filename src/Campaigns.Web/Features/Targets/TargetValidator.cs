using System.Text.RegularExpressions;
using Campaigns.Web.Domain;
using Campaigns.Web.Email;
using Campaigns.Web.Features.Signing;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Targets;

public sealed partial class TargetValidator : AbstractValidator<TargetRequest>
{
    public const int MaxHourlyCap = 1000;
    public const int MaxDigestThreshold = 10_000;

    public TargetValidator(IStringLocalizer<SharedResource> l, IOptions<MailOptions> mail)
    {
        RuleFor(t => t.Name).NotEmpty().WithMessage(_ => l["Give the target a name."])
            .MaximumLength(200).WithMessage(_ => l["The name can be at most 200 characters long."]);
        RuleFor(t => t.Title).MaximumLength(200).WithMessage(_ => l["The title can be at most 200 characters long."]);
        RuleFor(t => t.Organisation).MaximumLength(200).WithMessage(_ => l["The organisation can be at most 200 characters long."]);
        RuleFor(t => t.Salutation).MaximumLength(200).WithMessage(_ => l["The salutation can be at most 200 characters long."]);
        RuleFor(t => t.PostalAddress).MaximumLength(1000).WithMessage(_ => l["The postal address can be at most 1,000 characters long."]);
        RuleFor(t => t.Notes).MaximumLength(2000).WithMessage(_ => l["The notes can be at most 2,000 characters long."]);
        RuleFor(t => t.Country).Must(c => string.IsNullOrWhiteSpace(c) || Countries.IsKnown(c.Trim()))
            .WithMessage(_ => l["Country must be an ISO 3166-1 alpha-2 code, such as GB or CN."]);
        RuleFor(t => t.Email).MaximumLength(254).BareEmailAddress(l).WithMessage(_ => l["The target's email address is not valid."])
            .DeliverableLocalPart(l, mail.Value)
            .WithMessage(_ => l["The target's email address has accented or non-Latin letters before the @, which our mail server cannot deliver to."]);
        RuleFor(t => t.Email).NotEmpty().When(t => t.ChosenChannel == DeliveryChannel.Email)
            .WithMessage(_ => l["An email delivery needs the target's email address."]);
        RuleFor(t => t.PostalAddress).NotEmpty().When(t => t.ChosenChannel == DeliveryChannel.Post)
            .WithMessage(_ => l["A postal delivery needs the target's postal address."]);
        RuleFor(t => t.Language).Must(l => string.IsNullOrWhiteSpace(l) || LanguageTag().IsMatch(l.Trim()))
            .WithMessage(_ => l["Language must be a language tag, such as en, zh-CN or pt-BR."]);
        RuleFor(t => t.TimeZone).Must(IsKnownTimeZone)
            .WithMessage(_ => l["Time zone must be an IANA time zone id, such as Europe/London or Asia/Shanghai."]);
        RuleFor(t => t.Channel).IsInEnum().WithMessage(_ => l["Channel must be email or post."]);
        RuleFor(t => t.Mode).IsInEnum().WithMessage(_ => l["Mode must be individual, digest or onRelease."]);
        RuleFor(t => t.HourlyCap).InclusiveBetween(1, MaxHourlyCap)
            .WithMessage(_ => l["The hourly cap must be between 1 and {0:N0} letters.", MaxHourlyCap]);
        RuleFor(t => t.DigestThreshold).NotNull().When(t => t.ChosenMode == DeliveryMode.Digest && !t.DigestDaily)
            .WithMessage(_ => l["A digest needs a threshold (send every N signatures) unless it goes out daily."]);
        RuleFor(t => t.DigestThreshold).InclusiveBetween(1, MaxDigestThreshold)
            .WithMessage(_ => l["The digest threshold must be between 1 and {0:N0} signatures.", MaxDigestThreshold]);
        OfficeHoursRules(l);
    }

    private void OfficeHoursRules(IStringLocalizer<SharedResource> l)
    {
        RuleFor(t => t.OfficeHoursStart).Must(OfficeHoursText.IsValid).WithMessage(_ => l["Office hours start must be a time such as 09:00."]);
        RuleFor(t => t.OfficeHoursEnd).Must(OfficeHoursText.IsValid).WithMessage(_ => l["Office hours end must be a time such as 17:00."]);
        RuleFor(t => t.OfficeHoursEnd)
            .Must((t, end) => string.IsNullOrWhiteSpace(t.OfficeHoursStart) == string.IsNullOrWhiteSpace(end))
            .WithMessage(_ => l["Give both the start and the end of the office hours, or neither."])
            .Must((t, end) => OfficeHoursText.Parse(t.OfficeHoursStart) is not { } start || OfficeHoursText.Parse(end) is not { } stop || start < stop)
            .WithMessage(_ => l["Office hours must end after they start."])
            .When(t => OfficeHoursText.IsValid(t.OfficeHoursStart) && OfficeHoursText.IsValid(t.OfficeHoursEnd));
    }

    private static bool IsKnownTimeZone(string? id) =>
        string.IsNullOrWhiteSpace(id) || (id.Trim().Length <= 64 && TimeZoneInfo.TryFindSystemTimeZoneById(id.Trim(), out _));

    [GeneratedRegex("^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8}){0,3}$")]
    private static partial Regex LanguageTag();
}
