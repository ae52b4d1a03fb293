using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Campaigns.Tests.Data;

/// <summary>
/// Each provider's baseline migration creates exactly the schema the hand-written migrations built (frozen in
/// Fixtures/); that is what lets a database they built be recorded as having the baseline.
/// </summary>
public class BaselineTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public Task The_SQLite_baseline_creates_the_schema_of_the_hand_written_migrations() =>
        AssertBaselineAsync(TestDatabase.CreateSqlite);

    [PostgresFact]
    public Task The_PostgreSQL_baseline_creates_the_schema_of_the_hand_written_migrations() =>
        AssertBaselineAsync(TestDatabase.CreatePostgres);

    private async Task AssertBaselineAsync(Func<TestDatabase> create)
    {
        using var handWrittenDatabase = create();
        using var baselineDatabase = create();
        await new HandWrittenDatabase(handWrittenDatabase).CreateSchemaAsync();
        await using var handWritten = handWrittenDatabase.NewContext();
        await using var baseline = baselineDatabase.NewMigrationsContext(app.Services);

        await baseline.GetService<IMigrator>().MigrateAsync(HandWrittenSchema.BaselineMigration(baseline));

        SchemaCatalog.AssertSame(await SchemaCatalog.ReadAsync(handWritten), "the hand-written migrations",
            await SchemaCatalog.ReadAsync(baseline), $"the baseline migration on {baselineDatabase.Provider}");
    }
}
