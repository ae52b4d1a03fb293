using Campaigns.Web.Data.Faults;
using Campaigns.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Campaigns.Web.Data;

public static class DataServiceCollectionExtensions
{
    public static IServiceCollection AddCampaignsData(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var postgres = configuration.GetConnectionString("Postgres");
        if (!string.IsNullOrWhiteSpace(postgres))
        {
            services.AddDbContextPool<CampaignsDbContext, PostgresCampaignsDbContext>(o => o
                .UseNpgsql(PostgresConnectionString.WithDefaults(postgres), npgsql => npgsql.ExecutionStrategy(d => new ConnectionLossRetries(d)))
                .AddInterceptors(new NulFreeText(), new WriteTracking(), new CommitTracking()));
        }
        else
        {
            var sqlite = SqliteConnectionString(configuration, environment);
            // SQLite rebuilds a table to change it, switching foreign keys off around the copy outside the
            // migration's transaction; that is the provider's documented way, not a fault of this database.
            services.AddDbContextPool<CampaignsDbContext, SqliteCampaignsDbContext>(o => o.UseSqlite(sqlite)
                .AddInterceptors(new SqlitePragmaInterceptor(), new NulFreeText())
                .ConfigureWarnings(w => w.Ignore(RelationalEventId.NonTransactionalMigrationOperationWarning)));
        }
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>(nameof(CampaignsDbContext), tags: ["ready"]);
        return services;
    }

    private static string SqliteConnectionString(IConfiguration configuration, IHostEnvironment environment)
    {
        var directory = Path.GetFullPath(configuration[$"{CampaignsOptions.Section}:DataDirectory"] ?? "data", environment.ContentRootPath);
        Directory.CreateDirectory(directory);
        return $"Data Source={Path.Combine(directory, "campaigns.db")};Default Timeout=30";
    }
}
