using Campaigns.Web.Data;
using Campaigns.Web.Features.Milestones;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Counting;

/// <summary>
/// Folds pending count deltas into the campaigns' counts. Deleting the deltas with RETURNING takes each one
/// exactly once, even if two counters ran at once; the advisory lock only spares them the contention.
/// </summary>
public class SignatureCounter(CampaignsDbContext db, TimeProvider clock, IOutputCacheStore cache)
{
    private const long CounterLockKey = 7_203_119_001;
    public const string CountsCacheTag = "counts";

    public async Task<int> CountAsync(CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (db.IsPostgres && !await TryLockAsync(ct))
        {
            return 0;
        }
        var deltas = await db.Database.SqlQueryRaw<DeltaRow>("""
            DELETE FROM "CountDeltas"
            WHERE "Id" IN (SELECT "Id" FROM "CountDeltas" ORDER BY "Id" LIMIT 100000)
            RETURNING "CampaignId", "Delta", "Organisation", "Listed", "Paper"
            """).ToListAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var group in deltas.GroupBy(d => d.CampaignId))
        {
            var people = group.Where(d => !d.Organisation).Sum(d => d.Delta);
            var organisations = group.Where(d => d.Organisation).Sum(d => d.Delta);
            var listed = group.Where(d => d.Listed && !d.Organisation).Sum(d => d.Delta);
            var paper = group.Where(d => d.Paper).Sum(d => d.Delta);
            await db.Campaigns.Where(c => c.Id == group.Key).ExecuteUpdateAsync(s => s
                .SetProperty(c => c.SignatureCount, c => c.SignatureCount + people)
                .SetProperty(c => c.OrganisationCount, c => c.OrganisationCount + organisations)
                .SetProperty(c => c.ListedCount, c => c.ListedCount + listed)
                .SetProperty(c => c.PaperCount, c => c.PaperCount + paper)
                .SetProperty(c => c.CountedAt, now), ct);
        }
        await MilestoneDetector.RecordAsync(db, deltas.Select(d => d.CampaignId).Distinct().ToList(), now, ct);
        await transaction.CommitAsync(ct);
        if (deltas.Count > 0)
        {
            await cache.EvictByTagAsync(CountsCacheTag, ct);
        }
        return deltas.Count;
    }

    private async Task<bool> TryLockAsync(CancellationToken ct) =>
        await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({CounterLockKey}) AS \"Value\"").SingleAsync(ct);

    private sealed record DeltaRow(Guid CampaignId, int Delta, bool Organisation, bool Listed, bool Paper);
}
