using Campaigns.Web.Features.Deliveries;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Jobs;

/// <summary>Makes digests and releases that fell due, applies holds, and queues a job for each letter that may go out.</summary>
public class DeliveryScheduleLoop(IServiceScopeFactory scopes, ILogger<DeliveryScheduleLoop> logger, IOptions<JobsOptions> options)
    : PeriodicLoop(scopes, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.DeliveryIntervalSeconds);

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<DeliveryScheduler>().RunAsync(ct);
}
