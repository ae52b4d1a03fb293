using Campaigns.Web.Outbox;
using Quartz;

namespace Campaigns.Web.Jobs;

[DisallowConcurrentExecution]
public class DrainOutboxJob(OutboxProcessor processor) : IJob
{
    public static readonly JobKey Key = new("drain-outbox");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await processor.DrainAsync(cancellationToken);
}
