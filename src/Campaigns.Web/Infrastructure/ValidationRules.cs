using System.Net.Mail;
using Campaigns.Web.Email;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Infrastructure;

public static class ValidationRules
{
    /// <summary>
    /// A bare mailbox address and nothing else. FluentValidation's own check only looks for an "@", which let
    /// "Name &lt;someone@example.org&gt;" or "a b@example.org" through: mail then went to an address other
    /// than the one checked for duplicates.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> BareEmailAddress<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer l) =>
        rule.Must(IsBareAddress).WithMessage(_ => l["'{PropertyName}' is not a valid email address."]);

    /// <summary>
    /// Letters outside ASCII before the @ only where the relay is known to deliver them (Mail:AllowInternationalLocalParts):
    /// otherwise the address would be accepted now and its mail would fail later, out of sight.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> DeliverableLocalPart<T>(this IRuleBuilder<T, string?> rule, IStringLocalizer l, MailOptions mail) =>
        rule.Must(text => mail.AllowInternationalLocalParts || string.IsNullOrWhiteSpace(text) || !LocalParts.NeedSmtpUtf8(text.Trim()))
            .WithMessage(_ => l["'{PropertyName}' has accented or non-Latin letters before the @, which our mail server cannot deliver to."]);

    public static bool IsBareAddress(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return true;
        }
        var trimmed = text.Trim();
        return MailAddress.TryCreate(trimmed, out var address)
            && address.DisplayName.Length == 0
            && address.Address == trimmed
            && !trimmed.Any(char.IsWhiteSpace);
    }
}
