using Campaigns.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Campaigns.Web.Data;

public static class DatabaseStartup
{
    /// <summary>
    /// Creates the database if it is missing, applies pending migrations (taking a database built by the hand-written
    /// migrations from its baseline) and creates the roles, one instance at a time.
    /// </summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignsDbContext>();
        await EnsureDatabaseExistsAsync(db, ct);
        await using (await StartupLock.AcquireAsync(db, ct))
        {
            // A history table made here first spares an operator's first log the failed reads EF Core makes of a missing one.
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(ct);
            await HandWrittenSchema.RecordBaselineIfBuiltByItAsync(db, ct);
            await db.Database.MigrateAsync(ct);
            await CreateRolesAsync(scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>());
        }
    }

    // The startup lock needs a connection to the database, so an empty server gets its database first.
    private static async Task EnsureDatabaseExistsAsync(CampaignsDbContext db, CancellationToken ct)
    {
        var creator = db.GetService<IRelationalDatabaseCreator>();
        if (!db.IsPostgres || await creator.ExistsAsync(ct))
        {
            return;
        }
        try
        {
            await creator.CreateAsync(ct);
        }
        catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.DuplicateDatabase)
        {
            // Another instance created it a moment ago.
        }
    }

    private static async Task CreateRolesAsync(RoleManager<IdentityRole> roles)
    {
        foreach (var role in new[] { Roles.Admin, Roles.Organizer })
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
    }
}
