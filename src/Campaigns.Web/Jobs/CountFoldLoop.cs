using Campaigns.Web.Features.Counting;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Jobs;

/// <summary>Folds the confirmations of the last seconds into the campaigns' counts.</summary>
public class CountFoldLoop(IServiceScopeFactory scopes, ILogger<CountFoldLoop> logger, IOptions<JobsOptions> options)
    : PeriodicLoop(scopes, logger)
{
    protected override TimeSpan Interval => TimeSpan.FromSeconds(options.Value.CountIntervalSeconds);

    protected override Task RunOnceAsync(IServiceProvider services, CancellationToken ct) =>
        services.GetRequiredService<SignatureCounter>().CountAsync(ct);
}
