namespace Campaigns.Tests.Infrastructure;

public static class Emails
{
    /// <summary>An address no other test (or earlier run sharing the Maildir) has used.</summary>
    public static string Unique(string tag = "signer", string domain = "example.org") => $"{tag}-{Guid.NewGuid():N}"[..(tag.Length + 13)] + "@" + domain;
}
