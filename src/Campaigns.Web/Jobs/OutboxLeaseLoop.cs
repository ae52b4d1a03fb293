using Campaigns.Web.Outbox;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Jobs;

/// <summary>Renews the leases this instance holds, three times per lease, so one missed renewal loses nothing.</summary>
public class OutboxLeaseLoop(IServiceScopeFactory scopes, ILogger<OutboxLeaseLoop> logger, IOptions<OutboxOptions> options, TimeProvider clock)
    : PeriodicLoop(scopes, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.LeaseSeconds / 3.0);

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<OutboxLeases>().RenewAsync(
            OutboxNode.Name, clock.GetUtcNow().UtcDateTime.AddSeconds(options.Value.LeaseSeconds), ct);
}
