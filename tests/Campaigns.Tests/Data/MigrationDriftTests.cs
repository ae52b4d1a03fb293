using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Data;

/// <summary>
/// The migrations are written by hand, so nothing else checks that they build the schema the model
/// describes: a database built by Migrate() must match one built by EnsureCreated(), on both providers.
/// </summary>
public class MigrationDriftTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public Task Migrations_build_the_schema_the_model_describes_on_SQLite() =>
        AssertNoDriftAsync(TestDatabase.CreateSqlite);

    [PostgresFact]
    public Task Migrations_build_the_schema_the_model_describes_on_PostgreSQL()
    {
        var admin = TestEnvironment.Postgres ?? throw new InvalidOperationException("CAMPAIGNS_TEST_POSTGRES is not set.");
        return AssertNoDriftAsync(() => TestDatabase.CreatePostgres(admin));
    }

    private async Task AssertNoDriftAsync(Func<TestDatabase> create)
    {
        using var migratedDatabase = create();
        using var createdDatabase = create();
        await using var migrated = ContextFor(migratedDatabase);
        await using var created = ContextFor(createdDatabase);

        await migrated.Database.MigrateAsync();
        await created.Database.EnsureCreatedAsync();

        var fromMigrations = await SchemaCatalog.ReadAsync(migrated);
        var fromModel = await SchemaCatalog.ReadAsync(created);
        var missing = fromModel.Except(fromMigrations).ToList();
        var extra = fromMigrations.Except(fromModel).ToList();
        Assert.True(missing.Count + extra.Count == 0,
            $"The migrations drift from the model on {migratedDatabase.Provider}.\n" +
            $"In the model but not built by the migrations ({missing.Count}):\n  {string.Join("\n  ", missing)}\n" +
            $"Built by the migrations but not in the model ({extra.Count}):\n  {string.Join("\n  ", extra)}");
        Assert.NotEmpty(fromModel);
    }

    // The app's services carry its Identity options, which shape the Identity tables.
    private CampaignsDbContext ContextFor(TestDatabase database)
    {
        var options = new DbContextOptionsBuilder<CampaignsDbContext>(database.ContextOptions())
            .UseApplicationServiceProvider(app.Services)
            .Options;
        return new CampaignsDbContext(options);
    }
}
