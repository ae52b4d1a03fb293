using System.ComponentModel.DataAnnotations;

namespace Campaigns.Web.Features.Fraud;

/// <summary>When a source of signatures stands out, and when a campaign's signing rate is worth waking an admin for.</summary>
public class FraudOptions
{
    public const string Section = "Fraud";

    /// <summary>A source (IP hash, email domain, country) stands out with at least this many signatures...</summary>
    [Range(1, 1_000_000)] public int SourceMinSignatures { get; set; } = 10;

    /// <summary>...and at least this many times the average of the other sources of its kind.</summary>
    [Range(1.0, 1000.0)] public double SourceFactor { get; set; } = 5;

    /// <summary>A minute stands out with at least this many signatures and this many times the campaign's usual minute.</summary>
    [Range(1, 1_000_000)] public int BurstMinSignatures { get; set; } = 10;

    [Range(1.0, 1000.0)] public double BurstFactor { get; set; } = 5;

    /// <summary>The recent window whose signing rate is compared with the trailing average.</summary>
    [Range(1, 1440)] public int AlertWindowMinutes { get; set; } = 10;

    /// <summary>How far back the trailing average reaches (before the recent window).</summary>
    [Range(1, 720)] public int AlertTrailingHours { get; set; } = 24;

    /// <summary>The recent window alerts at this many times the trailing rate...</summary>
    [Range(1.0, 1000.0)] public double AlertFactor { get; set; } = 5;

    /// <summary>...and with at least this many signatures in it, so small campaigns do not alert.</summary>
    [Range(1, 1_000_000)] public int AlertMinSignatures { get; set; } = 50;

    /// <summary>At most one alert per campaign in this many minutes.</summary>
    [Range(1, 100_000)] public int AlertPeriodMinutes { get; set; } = 360;

    /// <summary>Cron (UTC) of the signing rate watch.</summary>
    [Required] public string AlertCron { get; set; } = "*/5 * * * *";
}
