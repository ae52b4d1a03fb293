using Campaigns.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Data;

/// <summary>
/// The snapshot proves the migrations were scaffolded from the model; this proves what they build: a database
/// built by Migrate() must match one built by EnsureCreated(), including the parts written by hand into a
/// migration (data clean-up, copies) and what SQLite's table rebuilds leave behind.
/// </summary>
public class MigrationDriftTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public Task Migrations_build_the_schema_the_model_describes_on_SQLite() =>
        AssertNoDriftAsync(TestDatabase.CreateSqlite);

    [PostgresFact]
    public Task Migrations_build_the_schema_the_model_describes_on_PostgreSQL() =>
        AssertNoDriftAsync(TestDatabase.CreatePostgres);

    private async Task AssertNoDriftAsync(Func<TestDatabase> create)
    {
        using var migratedDatabase = create();
        using var createdDatabase = create();
        await using var migrated = migratedDatabase.NewMigrationsContext(app.Services);
        await using var created = createdDatabase.NewMigrationsContext(app.Services);

        await migrated.Database.MigrateAsync();
        await created.Database.EnsureCreatedAsync();

        SchemaCatalog.AssertSame(await SchemaCatalog.ReadAsync(created), "the model",
            await SchemaCatalog.ReadAsync(migrated), $"the migrations on {migratedDatabase.Provider}");
    }
}
