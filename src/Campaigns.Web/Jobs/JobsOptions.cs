using System.ComponentModel.DataAnnotations;

namespace Campaigns.Web.Jobs;

public class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Run the scheduler at all; tests that drive the jobs by hand turn it off.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Use Quartz's clustered PostgreSQL store so several instances share the schedule.</summary>
    public bool Clustered { get; set; }

    [Range(1, 3600)] public int OutboxIntervalSeconds { get; set; } = 1;

    [Range(1, 3600)] public int CountIntervalSeconds { get; set; } = 2;

    [Range(1, 3600)] public int DeliveryIntervalSeconds { get; set; } = 5;

    [Range(1, 1440)] public int PurgeIntervalMinutes { get; set; } = 60;

    [Required] public string ReconcileCron { get; set; } = "0 30 3 * * ?";
}
