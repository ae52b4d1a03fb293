using System.Text;
using Campaigns.Web.Features.Sharing;

namespace Campaigns.Web.Features.Security;

/// <summary>The shared key an authenticator app is given: typed from groups of four, or scanned as a QR code.</summary>
public sealed record AuthenticatorKey(string Key, string Grouped, string QrDataUri)
{
    public static AuthenticatorKey For(string key, string issuer, string account)
    {
        var uri = $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(account)}" +
            $"?secret={key}&issuer={Uri.EscapeDataString(issuer)}&digits=6";
        var svg = QrCodeSvg.Render(uri);
        return new AuthenticatorKey(key, Group(key), "data:image/svg+xml;base64," + Convert.ToBase64String(Encoding.UTF8.GetBytes(svg)));
    }

    private static string Group(string key) =>
        string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
}
