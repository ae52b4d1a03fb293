namespace Campaigns.Web.Features.Signing;

/// <summary>
/// Reduces an address to the mailbox it reaches, so one person cannot sign twice through case changes,
/// dots or +tags at providers that ignore them.
/// </summary>
public static class EmailNormalizer
{
    private static readonly Dictionary<string, string> DomainAliases = new(StringComparer.Ordinal)
    {
        ["googlemail.com"] = "gmail.com",
    };

    private static readonly HashSet<string> DotInsensitive = new(StringComparer.Ordinal) { "gmail.com" };

    private static readonly HashSet<string> PlusTagged = new(StringComparer.Ordinal)
    {
        "gmail.com", "outlook.com", "hotmail.com", "live.com", "icloud.com", "me.com", "fastmail.com",
        "proton.me", "protonmail.com", "pm.me", "yahoo.com", "gmx.com", "gmx.de", "posteo.de", "mailbox.org",
    };

    public static string Normalize(string email)
    {
        var trimmed = email.Trim().ToLowerInvariant();
        var at = trimmed.LastIndexOf('@');
        if (at <= 0)
        {
            return trimmed;
        }
        var local = trimmed[..at];
        var domain = trimmed[(at + 1)..];
        domain = DomainAliases.GetValueOrDefault(domain, domain);
        if (PlusTagged.Contains(domain) && local.IndexOf('+') is var plus and > 0)
        {
            local = local[..plus];
        }
        if (DotInsensitive.Contains(domain))
        {
            local = local.Replace(".", "");
        }
        return $"{local}@{domain}";
    }
}
