using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.MySignatures;

/// <summary>
/// A link to one mailbox's page is its normalised address and an expiry sealed with the data-protection keys: nothing
/// is stored, and the expiry is read against the app's clock.
/// </summary>
public class MailboxTokens(IDataProtectionProvider provider, TimeProvider clock, IOptions<MySignaturesOptions> options)
{
    private readonly IDataProtector _protector = provider.CreateProtector("Campaigns.MySignatures.v1");

    public string Issue(string emailNormalized)
    {
        var expires = clock.GetUtcNow().AddHours(options.Value.LinkLifetimeHours).UtcTicks;
        var sealedBytes = _protector.Protect(Encoding.UTF8.GetBytes($"{expires.ToString(CultureInfo.InvariantCulture)}\n{emailNormalized}"));
        return WebEncoders.Base64UrlEncode(sealedBytes);
    }

    /// <summary>The mailbox the token opens, or null when it is not one of ours or has expired.</summary>
    public string? Read(string token)
    {
        if (token.Length > 1024)
        {
            return null;
        }
        try
        {
            var parts = Encoding.UTF8.GetString(_protector.Unprotect(WebEncoders.Base64UrlDecode(token))).Split('\n', 2);
            return parts.Length == 2 && long.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var expires)
                && clock.GetUtcNow().UtcTicks < expires
                    ? parts[1]
                    : null;
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return null;
        }
    }
}
