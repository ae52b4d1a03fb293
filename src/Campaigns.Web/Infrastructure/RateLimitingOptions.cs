using System.ComponentModel.DataAnnotations;

namespace Campaigns.Web.Infrastructure;

public class RateLimitingOptions
{
    public const string Section = "RateLimiting";

    public bool Enabled { get; set; } = true;

    [Range(1, 100_000)] public int SignaturesPerMinutePerClient { get; set; } = 10;

    [Range(1, 100_000)] public int AccountActionsPerMinutePerClient { get; set; } = 10;

    /// <summary>Higher than signing: a household or office behind one address confirms its signatures together.</summary>
    [Range(1, 100_000)] public int ConfirmationsPerMinutePerClient { get; set; } = 30;

    /// <summary>Downloads of signers' names and addresses per account: enough for real work, too few to siphon a stolen session's worth.</summary>
    [Range(1, 100_000)] public int SignerExportsPerHourPerAccount { get; set; } = 20;

    /// <summary>Asking for links to "my signatures": low, since each request may email someone.</summary>
    [Range(1, 100_000)] public int MySignaturesLinksPerMinutePerClient { get; set; } = 5;

    [Range(1, 100_000)] public int ReportsPerMinutePerClient { get; set; } = 5;

    /// <summary>Exports checked at /verify: each reads and hashes a whole file.</summary>
    [Range(1, 100_000)] public int VerificationsPerMinutePerClient { get; set; } = 10;
}
