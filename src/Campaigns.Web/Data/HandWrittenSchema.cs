using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Campaigns.Web.Data;

/// <summary>
/// The first releases built the schema with hand-written migrations shared by both providers. Each provider's
/// baseline migration creates exactly that schema, so a database they built is recorded as having the baseline,
/// and Migrate goes on from there with its rows untouched.
/// </summary>
public static class HandWrittenSchema
{
    public const string LastMigration = "20261121000013_CaseUpdateDatePrecision";

    private static readonly string[] EarlierMigrations =
        ["20261121000000_Identity", "20261121000001_Campaigns", "20261121000002_LettersAndCases"];

    /// <summary>The first migration of the context's provider, which creates the schema the hand-written migrations built.</summary>
    public static string BaselineMigration(CampaignsDbContext db) =>
        db.GetService<IMigrationsAssembly>().Migrations.Keys.Order(StringComparer.Ordinal).First();

    /// <summary>Call before Migrate, under the start-up lock.</summary>
    public static async Task RecordBaselineIfBuiltByItAsync(CampaignsDbContext db, CancellationToken ct)
    {
        var history = db.GetService<IHistoryRepository>();
        if (!await history.ExistsAsync(ct))
        {
            return;
        }
        var applied = (await history.GetAppliedMigrationsAsync(ct)).Select(row => row.MigrationId).ToHashSet();
        var baseline = BaselineMigration(db);
        if (applied.Contains(baseline))
        {
            return;
        }
        if (applied.Contains(LastMigration))
        {
            await db.Database.ExecuteSqlRawAsync(history.GetInsertScript(new HistoryRow(baseline, ProductInfo.GetVersion())), ct);
        }
        else if (applied.Overlaps(EarlierMigrations))
        {
            throw new InvalidOperationException(
                $"This database stops short of the hand-written migration {LastMigration}; start a release from before " +
                "the per-provider migrations on it once, then this one.");
        }
    }
}
