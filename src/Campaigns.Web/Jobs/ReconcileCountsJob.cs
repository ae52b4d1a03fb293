using Campaigns.Web.Features.Counting;
using Quartz;

namespace Campaigns.Web.Jobs;

[DisallowConcurrentExecution]
public class ReconcileCountsJob(CountReconciler reconciler) : IJob
{
    public static readonly JobKey Key = new("reconcile-counts");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await reconciler.ReconcileAsync(cancellationToken);
}
