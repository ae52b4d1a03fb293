using System.Net.Mail;
using FluentValidation;

namespace Campaigns.Web.Infrastructure;

public static class ValidationRules
{
    /// <summary>
    /// A bare mailbox address and nothing else. FluentValidation's own check only looks for an "@", which let
    /// "Name &lt;someone@example.org&gt;" or "a b@example.org" through: mail then went to an address other
    /// than the one checked for duplicates.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> BareEmailAddress<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(IsBareAddress).WithMessage("'{PropertyName}' is not a valid email address.");

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
