using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Campaigns.Web.Infrastructure;

public static class HealthEndpoints
{
    /// <summary>Liveness checks nothing outside the process, so a database outage does not restart healthy instances.</summary>
    public static void MapCampaignsHealthChecks(this IEndpointRouteBuilder app)
    {
        var health = app.MapGroup("/health").WithTags("Health");
        health.MapGet("/live", () => Results.Text("Healthy"))
            .WithName("Liveness").WithSummary("200 while the process is up.")
            .Produces<string>(contentType: "text/plain");
        health.MapGet("/ready", async (HealthCheckService checks, CancellationToken ct) =>
            {
                HealthReport report;
                try
                {
                    report = await checks.CheckHealthAsync(c => c.Tags.Contains("ready"), ct);
                }
                catch (OperationCanceledException) when (ct.IsCancellationRequested)
                {
                    return Results.StatusCode(StatusCodes.Status499ClientClosedRequest);
                }
                return report.Status == HealthStatus.Healthy
                    ? Results.Text("Healthy")
                    : Results.Text(report.Status.ToString(), statusCode: StatusCodes.Status503ServiceUnavailable);
            })
            .WithName("Readiness").WithSummary("200 when the database answers; 503 otherwise.")
            .Produces<string>(contentType: "text/plain")
            .Produces<string>(StatusCodes.Status503ServiceUnavailable, "text/plain");
    }
}
