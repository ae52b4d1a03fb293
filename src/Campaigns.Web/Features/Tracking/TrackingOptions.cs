using System.ComponentModel.DataAnnotations;

namespace Campaigns.Web.Features.Tracking;

/// <summary>Live tracking settings (section "Tracking").</summary>
public sealed class TrackingOptions
{
    public const string Section = "Tracking";

    /// <summary>How often the counts of watched campaigns are read for live pages.</summary>
    [Range(typeof(TimeSpan), "00:00:00.1", "00:01:00")]
    public TimeSpan LivePollInterval { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>A comment line keeps idle connections from being closed by proxies.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:05:00")]
    public TimeSpan HeartbeatInterval { get; set; } = TimeSpan.FromSeconds(20);

    /// <summary>Live connections this instance serves at once; beyond it pages fall back to polling.</summary>
    [Range(1, 1_000_000)]
    public int MaxLiveListeners { get; set; } = 10_000;
}
