using Campaigns.Web.Infrastructure.Telemetry;
using Hangfire.Server;

namespace Campaigns.Web.Jobs;

/// <summary>
/// Work that runs every few seconds on every instance, as a process of the Hangfire server rather than a recurring
/// job: a job per second would leave some 150,000 job records a day behind it. Each pass takes its own scope; a
/// failed pass is logged and the loop goes on. Several instances may run a pass at once: each piece of work
/// guards itself (SKIP LOCKED leases, advisory locks).
/// </summary>
public abstract class PeriodicLoop(IServiceScopeFactory scopes, ILogger logger) : IBackgroundProcessAsync
{
    protected abstract TimeSpan Interval { get; }

    protected abstract Task RunOnceAsync(IServiceProvider services, CancellationToken ct);

    public async Task ExecuteAsync(BackgroundProcessContext context)
    {
        try
        {
            await RunPassAsync(context.StoppingToken);
            await Task.Delay(Interval, context.StoppingToken);
        }
        catch (OperationCanceledException) when (context.IsStopping)
        {
        }
    }

    private async Task RunPassAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        try
        {
            await RunOnceAsync(scope.ServiceProvider, ct);
        }
        catch (Exception ex) when (!ct.IsCancellationRequested)
        {
            scope.ServiceProvider.GetRequiredService<CampaignsMetrics>().JobFailed(GetType().Name);
            logger.LogWarning(ex, "{Loop} failed; it runs again in {Interval}.", GetType().Name, Interval);
        }
    }
}
