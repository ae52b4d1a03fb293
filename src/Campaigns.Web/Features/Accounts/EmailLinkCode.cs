using System.Text;
using Microsoft.AspNetCore.WebUtilities;

namespace Campaigns.Web.Features.Accounts;

/// <summary>Carries an Identity token in an emailed link as a URL-safe code.</summary>
public static class EmailLinkCode
{
    public const int MaxLength = 2048;

    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    public static bool TryDecode(string? code, out string token)
    {
        token = "";
        if (string.IsNullOrEmpty(code) || code.Length > MaxLength)
        {
            return false;
        }
        try
        {
            token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
            return true;
        }
        catch (FormatException)
        {
            return false;
        }
    }
}
