using Campaigns.Web.Outbox;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Jobs;

/// <summary>Sends the confirmation and follower mail waiting in the outbox.</summary>
public class OutboxDrainLoop(IServiceScopeFactory scopes, ILogger<OutboxDrainLoop> logger, IOptions<JobsOptions> options)
    : PeriodicLoop(scopes, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.OutboxIntervalSeconds);

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<OutboxProcessor>().DrainAsync(ct);
}
