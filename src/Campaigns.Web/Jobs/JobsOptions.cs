using System.ComponentModel.DataAnnotations;

namespace Campaigns.Web.Jobs;

public class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Run a Hangfire server in this instance; tests that drive the work by hand turn it off.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Hangfire workers per instance: letters to officials and fan-out jobs run on them.</summary>
    [Range(1, 200)] public int WorkerCount { get; set; } = 20;

    [Range(1, 3600)] public int OutboxIntervalSeconds { get; set; } = 1;

    [Range(1, 3600)] public int CountIntervalSeconds { get; set; } = 2;

    [Range(1, 3600)] public int DeliveryIntervalSeconds { get; set; } = 5;

    /// <summary>Cron (UTC) of the purge of signer data past its retention.</summary>
    [Required] public string PurgeCron { get; set; } = "17 * * * *";

    /// <summary>Cron (UTC) of the nightly reconciliation of counts with the signatures.</summary>
    [Required] public string ReconcileCron { get; set; } = "30 3 * * *";

    /// <summary>Cron (UTC) of the daily fingerprints of confirmed support, just after midnight.</summary>
    [Required] public string FingerprintCron { get; set; } = "5 0 * * *";

    /// <summary>
    /// How long a job fetched by an instance that stopped answering stays invisible before another instance takes
    /// it (PostgreSQL storage; live instances keep their jobs' fetch time fresh).
    /// </summary>
    [Range(10, 86_400)] public int AbandonedJobSeconds { get; set; } = 60;

    /// <summary>How often a scheduler looks for recurring and delayed jobs that fell due.</summary>
    [Range(1, 3600)] public int SchedulePollingSeconds { get; set; } = 15;
}
