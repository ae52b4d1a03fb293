using Campaigns.Web.Features.Deliveries;
using Quartz;

namespace Campaigns.Web.Jobs;

[DisallowConcurrentExecution]
public class ScheduleDeliveriesJob(DeliveryScheduler scheduler) : IJob
{
    public static readonly JobKey Key = new("schedule-deliveries");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await scheduler.RunAsync(cancellationToken);
}
