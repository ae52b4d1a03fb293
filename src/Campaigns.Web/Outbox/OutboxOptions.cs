using System.ComponentModel.DataAnnotations;

namespace Campaigns.Web.Outbox;

public class OutboxOptions
{
    public const string Section = "Outbox";

    [Range(1, 10_000)] public int BatchSize { get; set; } = 200;

    [Range(1, 100)] public int MaxAttempts { get; set; } = 10;

    [Range(1, 86_400)] public int BaseRetryDelaySeconds { get; set; } = 30;

    [Range(1, 86_400)] public int MaxRetryDelaySeconds { get; set; } = 3600;

    /// <summary>
    /// How long a claimed message stays invisible to other nodes. A live node renews its leases three times per
    /// lease, so a crashed node's claims are taken over this long after it died, however long a send takes.
    /// </summary>
    [Range(3, 3600)] public int LeaseSeconds { get; set; } = 10;

    /// <summary>A message sent by a job of its own that no job has claimed this long after it fell due gets a new job.</summary>
    [Range(5, 86_400)] public int LostJobSeconds { get; set; } = 120;
}
