using Campaigns.Web.Infrastructure.Telemetry;
using Campaigns.Web.Outbox;
using Hangfire;
using Hangfire.Common;

namespace Campaigns.Web.Jobs;

/// <summary>
/// Hangfire's global filters with this app's retry policy in place of the default one. Kept per app instead of in
/// Hangfire's static collection, so that each app (and each test host) retries by its own settings.
/// </summary>
public static class JobFilters
{
    public static IJobFilterProvider Create(OutboxOptions outbox, CampaignsMetrics metrics)
    {
        var filters = new JobFilterCollection();
        foreach (var filter in GlobalJobFilters.Filters.Where(f => f.Instance is not AutomaticRetryAttribute))
        {
            filters.Add(filter.Instance, filter.Order);
        }
        filters.Add(new AutomaticRetryAttribute
        {
            // The outbox row of a letter decides when it is dead; Hangfire keeps trying until then.
            Attempts = outbox.MaxAttempts,
            DelayInSecondsByAttemptFunc = attempt => (int)RetryBackoff.After((int)attempt, outbox, 0.5).TotalSeconds,
            ExceptOn = [typeof(PermanentJobFailure)],
        });
        filters.Add(new CountedJobFailures(metrics));
        return new JobFilterProviderCollection(filters, new JobFilterAttributeFilterProvider());
    }
}

/// <summary>A job that failed for good: retrying it would change nothing, so Hangfire does not.</summary>
public class PermanentJobFailure(string message) : Exception(message);

/// <summary>A job that failed for now; Hangfire retries it with the app's backoff.</summary>
public class TemporaryJobFailure(string message) : Exception(message);
