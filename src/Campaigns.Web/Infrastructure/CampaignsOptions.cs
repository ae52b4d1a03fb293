using System.ComponentModel.DataAnnotations;

namespace Campaigns.Web.Infrastructure;

public class CampaignsOptions
{
    public const string Section = "Campaigns";

    [Required] public string DataDirectory { get; set; } = "./data";

    /// <summary>
    /// The address links in emails point to; requests are not available to background jobs. Required outside
    /// Development; there, when empty, links follow the address the server listens on.
    /// </summary>
    [Url] public string? PublicBaseUrl { get; set; }

    /// <summary>Where the server listens; set in Development only, for when <see cref="PublicBaseUrl"/> is empty.</summary>
    public Func<string?>? ListeningAddress { get; set; }

    public string BaseUrl() => !string.IsNullOrWhiteSpace(PublicBaseUrl) ? PublicBaseUrl
        : ListeningAddress?.Invoke() ?? throw new InvalidOperationException("Campaigns:PublicBaseUrl is not set and the server is not listening yet.");

    [Required, StringLength(100)] public string SiteName { get; set; } = "Campaigns";

    [Range(1, 3650)] public int UnconfirmedRetentionDays { get; set; } = 30;

    [Range(1, 3650)] public int IpHashRetentionDays { get; set; } = 30;

    public const string PlaceholderSalt = "change-me-in-production-0000";

    [Required, MinLength(16)] public string IpHashSalt { get; set; } = PlaceholderSalt;

    public bool SeedDemoData { get; set; }

    /// <summary>An absolute link to a path of this site, for messages read outside it.</summary>
    public string Link(string path) => $"{BaseUrl().TrimEnd('/')}{path}";
}
