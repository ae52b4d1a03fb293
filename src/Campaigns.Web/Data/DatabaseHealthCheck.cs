using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Campaigns.Web.Data;

/// <summary>
/// Ready when the database answers. A probe whose caller gave up, or that the host stops, is cancelled rather than
/// failed: the database said nothing either way, and a failed check is logged as an error.
/// </summary>
public sealed class DatabaseHealthCheck(CampaignsDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        bool answers;
        try
        {
            answers = await db.Database.CanConnectAsync(cancellationToken);
        }
        catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
        {
            return new HealthCheckResult(context.Registration.FailureStatus, exception: ex);
        }
        cancellationToken.ThrowIfCancellationRequested();
        return answers ? HealthCheckResult.Healthy() : new HealthCheckResult(context.Registration.FailureStatus);
    }
}
