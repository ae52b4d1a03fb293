using Campaigns.Web.Features.Counting;
using Quartz;

namespace Campaigns.Web.Jobs;

[DisallowConcurrentExecution]
public class CountSignaturesJob(SignatureCounter counter) : IJob
{
    public static readonly JobKey Key = new("count-signatures");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await counter.CountAsync(cancellationToken);
}
