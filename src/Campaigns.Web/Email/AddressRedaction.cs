using System.Text.RegularExpressions;

namespace Campaigns.Web.Email;

/// <summary>
/// Relays name the refused recipient in their replies ("550 5.1.1 &lt;someone@example.org&gt;: no such user"); logs must not
/// carry a signer's address, so text from a relay or about a message is logged through this.
/// </summary>
public static partial class AddressRedaction
{
    public const string Placeholder = "[address]";

    public static string Redact(string text) => Address().Replace(text, Placeholder);

    [GeneratedRegex(@"[^\s<>()\[\],;:""']+@[^\s<>()\[\],;:""']+")]
    private static partial Regex Address();
}
