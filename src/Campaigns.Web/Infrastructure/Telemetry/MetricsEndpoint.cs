using Campaigns.Web.Features.Accounts;

namespace Campaigns.Web.Infrastructure.Telemetry;

/// <summary>
/// Prometheus text at <c>/metrics</c>, for admins only (cookie or bearer token), on the site's own port: it tells how
/// busy campaigns are and how far mail is behind, which is not for the public, and one port with the site's own
/// sign-in leaves nothing to expose by a forgotten firewall rule. Collectors that run unattended use OTLP instead.
/// </summary>
public static class MetricsEndpoint
{
    public const string Path = "/metrics";

    public static IEndpointConventionBuilder MapCampaignsMetrics(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapPrometheusScrapingEndpoint(Path).RequireAuthorization(IdentitySetup.AdminPolicy);

    public static bool IsScrape(HttpContext http) => http.Request.Path.StartsWithSegments(Path);
}
