using Campaigns.Web.Email;
using Campaigns.Web.Infrastructure;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Shared;

/// <summary>Rules several forms share, with the messages people read beside the field.</summary>
public static class FormRules
{
    public const int MaxEmailLength = 254;

    public static IRuleBuilderOptions<T, string?> RequiredEmail<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer l, MailOptions mail) =>
        rule.NotEmpty().WithMessage(_ => l["Please enter your email address."])
            .MaximumLength(MaxEmailLength).WithMessage(_ => l["The email address can be at most {0} characters long.", MaxEmailLength])
            .BareEmailAddress(l).WithMessage(_ => l["Please enter a valid email address, such as name@example.org."])
            .DeliverableLocalPart(l, mail).WithMessage(_ => l["We cannot yet send email to an address with accented or non-Latin letters before the @. Please use another address."]);
}
