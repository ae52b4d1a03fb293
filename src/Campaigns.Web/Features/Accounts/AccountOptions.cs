namespace Campaigns.Web.Features.Accounts;

/// <summary>Account settings read from the <c>Campaigns</c> section.</summary>
public class AccountOptions
{
    public const string Section = "Campaigns";

    /// <summary>
    /// Addresses whose accounts become administrators once the address is confirmed, so a fresh
    /// installation gets its first admin without touching the database.
    /// </summary>
    public string[] AdminEmails { get; set; } = [];
}
