using Campaigns.Web.Features.Counting;
using Campaigns.Web.Features.Fingerprints;
using Campaigns.Web.Features.Fraud;
using Campaigns.Web.Features.Retention;
using Campaigns.Web.Features.Signing;
using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Jobs;

/// <summary>
/// The hourly and nightly work. Hangfire's recurring schedule enqueues each occurrence once under a distributed
/// lock, so it runs once per period however many instances there are.
/// </summary>
public class RecurringJobs(
    IRecurringJobManager manager, JobStorage storage, IOptions<JobsOptions> options, IOptions<RetentionOptions> retention, IOptions<FraudOptions> fraud)
{
    public const string PurgeSignerData = "purge-signer-data";
    public const string ReconcileCounts = "reconcile-counts";
    public const string Retention = "retention";
    public const string WatchSigningRates = "watch-signing-rates";
    public const string FingerprintSupport = "fingerprint-support";

    public static readonly IReadOnlyList<string> All = [PurgeSignerData, ReconcileCounts, Retention, WatchSigningRates, FingerprintSupport];

    public void Register()
    {
        manager.AddOrUpdate<SignerDataPurger>(PurgeSignerData, p => p.PurgeAsync(CancellationToken.None), options.Value.PurgeCron);
        manager.AddOrUpdate<CountReconciler>(ReconcileCounts, r => r.ReconcileAsync(CancellationToken.None), options.Value.ReconcileCron);
        manager.AddOrUpdate<RetentionJob>(Retention, r => r.RunAsync(CancellationToken.None), retention.Value.Cron);
        manager.AddOrUpdate<SigningRateWatch>(WatchSigningRates, w => w.CheckAsync(CancellationToken.None), fraud.Value.AlertCron);
        manager.AddOrUpdate<SupportFingerprinter>(FingerprintSupport, f => f.RunAsync(CancellationToken.None), options.Value.FingerprintCron);
    }

    /// <summary>The recurring jobs as the shared schedule has them (none when no instance runs jobs).</summary>
    public IReadOnlyList<RecurringJobStatus> Statuses()
    {
        using var connection = storage.GetConnection();
        return connection.GetRecurringJobs([.. All])
            .Where(j => !j.Removed)
            .Select(j => new RecurringJobStatus(j.Id, j.Cron, j.LastJobState, j.LastExecution, j.NextExecution))
            .ToList();
    }

    /// <summary>Runs a recurring job now, outside its schedule; false when there is no such job.</summary>
    public bool Trigger(string id)
    {
        if (!All.Contains(id))
        {
            return false;
        }
        manager.Trigger(id);
        return true;
    }
}

public sealed record RecurringJobStatus(string Name, string Cron, string? LastState, DateTime? LastRun, DateTime? NextRun);

/// <summary>Writes the recurring schedule to the storage as the instance starts.</summary>
public class RecurringJobsRegistration(RecurringJobs jobs) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        jobs.Register();
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
