using Campaigns.Web.Infrastructure.Telemetry;
using Hangfire.Server;

namespace Campaigns.Web.Jobs;

/// <summary>Counts every Hangfire job run that ended in an error, retried or not, by the job's type and method; a shutdown is no error.</summary>
public sealed class CountedJobFailures(CampaignsMetrics metrics) : IServerFilter
{
    public void OnPerforming(PerformingContext context)
    {
    }

    public void OnPerformed(PerformedContext context)
    {
        if (context.Exception is not (null or OperationCanceledException) && !context.ExceptionHandled)
        {
            var job = context.BackgroundJob.Job;
            metrics.JobFailed($"{job.Type.Name}.{job.Method.Name}");
        }
    }
}
