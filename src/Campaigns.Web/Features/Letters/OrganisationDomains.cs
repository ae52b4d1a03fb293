namespace Campaigns.Web.Features.Letters;

/// <summary>An organisation's web domain, as typed (a domain or a website address), and whether an email address belongs to it.</summary>
public static class OrganisationDomains
{
    public static string? Normalize(string? input)
    {
        if (string.IsNullOrWhiteSpace(input))
        {
            return null;
        }
        var text = input.Trim();
        var host = Uri.TryCreate(text.Contains("://") ? text : "https://" + text, UriKind.Absolute, out var uri) ? uri.IdnHost : null;
        if (host is null || Uri.CheckHostName(host) != UriHostNameType.Dns || !host.Contains('.'))
        {
            return null;
        }
        host = host.ToLowerInvariant().TrimEnd('.');
        return host.StartsWith("www.", StringComparison.Ordinal) ? host[4..] : host;
    }

    /// <summary>True when the address is at the domain itself or at one of its subdomains.</summary>
    public static bool Covers(string domain, string email)
    {
        var at = email.LastIndexOf('@');
        if (at < 0)
        {
            return false;
        }
        var emailDomain = Normalize(email[(at + 1)..]);
        return emailDomain is not null && (emailDomain == domain || emailDomain.EndsWith("." + domain, StringComparison.Ordinal));
    }
}
