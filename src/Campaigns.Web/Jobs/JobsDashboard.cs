using Campaigns.Web.Features.Accounts;
using Hangfire;

namespace Campaigns.Web.Jobs;

public static class JobsDashboard
{
    public const string Path = "/admin/jobs";

    /// <summary>
    /// Hangfire's dashboard for admins only. The endpoint's authorization policy decides who may see it, so
    /// Hangfire's own filter (local requests only) is switched off rather than duplicated.
    /// </summary>
    public static IEndpointConventionBuilder MapJobsDashboard(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapHangfireDashboard(Path, new DashboardOptions
        {
            Authorization = [],
            AsyncAuthorization = [],
            AppPath = "/admin/outbox",
            DashboardTitle = "Campaigns jobs",
            DisplayStorageConnectionString = false,
        }).RequireAuthorization(IdentitySetup.AdminPolicy);
}
