using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Campaigns.Web.Infrastructure;

public static class HealthEndpoints
{
    /// <summary>Liveness checks nothing outside the process, so a database outage does not restart healthy instances.</summary>
    public static void MapCampaignsHealthChecks(this IEndpointRouteBuilder app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") });
    }
}
