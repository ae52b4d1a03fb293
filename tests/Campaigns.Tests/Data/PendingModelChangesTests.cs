using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Data;

/// <summary>
/// Every change to the model reaches both providers' migrations: a change without one fails here (and would stop
/// the app at start-up). The model is built with the app's services, as the running app builds it; no server is needed.
/// </summary>
public class PendingModelChangesTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public void The_PostgreSQL_migrations_carry_every_model_change()
    {
        using var db = new PostgresCampaignsDbContext(new DbContextOptionsBuilder<PostgresCampaignsDbContext>()
            .UseNpgsql("Host=localhost").UseApplicationServiceProvider(app.Services).Options);

        Assert.False(db.Database.HasPendingModelChanges(), Advice(nameof(PostgresCampaignsDbContext)));
    }

    [Fact]
    public void The_SQLite_migrations_carry_every_model_change()
    {
        using var db = new SqliteCampaignsDbContext(new DbContextOptionsBuilder<SqliteCampaignsDbContext>()
            .UseSqlite("Data Source=:memory:").UseApplicationServiceProvider(app.Services).Options);

        Assert.False(db.Database.HasPendingModelChanges(), Advice(nameof(SqliteCampaignsDbContext)));
    }

    private static string Advice(string context) =>
        $"The model has changes no migration carries: dotnet ef migrations add <Name> --project src/Campaigns.Web --context {context}";
}
