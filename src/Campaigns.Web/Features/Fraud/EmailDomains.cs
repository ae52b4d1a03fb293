using System.Globalization;

namespace Campaigns.Web.Features.Fraud;

public static class EmailDomains
{
    private static readonly IdnMapping Idn = new();

    /// <summary>The domain of an address, lower case and in ASCII (punycode), or "" when there is none.</summary>
    public static string Of(string email)
    {
        var at = email.LastIndexOf('@');
        return at < 0 ? "" : Normalize(email[(at + 1)..]);
    }

    /// <summary>A domain as typed by an admin or a signer, lower case and in ASCII; "" when it is not a domain.</summary>
    public static string Normalize(string domain)
    {
        var trimmed = domain.Trim().TrimEnd('.').ToLowerInvariant();
        try
        {
            return trimmed.Length == 0 ? "" : Idn.GetAscii(trimmed);
        }
        catch (ArgumentException)
        {
            return "";
        }
    }

    /// <summary>The domain and each parent it belongs to (mail.example.org, example.org), as a rule on a parent covers its subdomains.</summary>
    public static IEnumerable<string> WithParents(string domain)
    {
        for (var rest = domain; rest.Contains('.'); rest = rest[(rest.IndexOf('.') + 1)..])
        {
            yield return rest;
        }
    }
}
