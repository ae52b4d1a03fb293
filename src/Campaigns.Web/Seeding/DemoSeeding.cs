using Campaigns.Web.Data;
using Campaigns.Web.Infrastructure;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Seeding;

public static class DemoSeeding
{
    /// <summary>
    /// When <c>Campaigns:SeedDemoData</c> is on, fills an empty database from the seeds folder next to the
    /// application and prints the site address and demo sign-ins once the server is listening.
    /// </summary>
    public static async Task SeedDemoDataAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        if (!services.GetRequiredService<IOptions<CampaignsOptions>>().Value.SeedDemoData)
        {
            return;
        }
        await using var scope = services.CreateAsyncScope();
        var accounts = ActivatorUtilities.CreateInstance<DemoAccounts>(scope.ServiceProvider);
        var seeder = ActivatorUtilities.CreateInstance<DemoSeeder>(scope.ServiceProvider, accounts);
        IReadOnlyList<DemoLogin> logins;
        await using (await StartupLock.AcquireAsync(scope.ServiceProvider.GetRequiredService<CampaignsDbContext>(), ct))
        {
            logins = await seeder.SeedAsync(new SeedFolder(SeedFolder.DefaultPath), ct);
        }
        DemoBanner.ShowWhenStarted(services, logins);
    }
}
