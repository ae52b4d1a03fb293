using Campaigns.Web.Features.Signing;
using Quartz;

namespace Campaigns.Web.Jobs;

[DisallowConcurrentExecution]
public class PurgeSignerDataJob(SignerDataPurger purger) : IJob
{
    public static readonly JobKey Key = new("purge-signer-data");

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken) =>
        await purger.PurgeAsync(cancellationToken);
}
