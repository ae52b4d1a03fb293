using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Counting;
using Campaigns.Web.Features.Following;
using Campaigns.Web.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Milestones;

/// <summary>
/// Records the milestones that campaigns, and the cases they concern, have passed, and queues the emails to
/// the cases' followers in the caller's transaction. The unique (subject, threshold) rows are inserted with
/// ON CONFLICT DO NOTHING: of several instances counting at once only one inserts a row, and only that one
/// queues its emails.
/// </summary>
/// <remarks>
/// Followers follow a person, so they hear of the person's total passing a round number and of a campaign
/// about the person reaching its goal; a campaign's own round numbers are recorded for its tracking page
/// only. When one count brings both, a follower gets the goal alone. Counts are the whole support
/// (<see cref="CampaignSupport.Total"/>); a threshold the figures counted before this site already passed is dated
/// by the day those figures refer to, when known, never by the day they were loaded.
/// </remarks>
public static class MilestoneDetector
{
    private const string InsertCampaignMilestone = """
        INSERT INTO "Milestones" ("CampaignId", "Threshold", "ReachedAt") VALUES ({0}, {1}, {2})
        ON CONFLICT DO NOTHING
        RETURNING "Id" AS "Value"
        """;

    private const string InsertCaseMilestone = """
        INSERT INTO "Milestones" ("CaseId", "Threshold", "ReachedAt") VALUES ({0}, {1}, {2})
        ON CONFLICT DO NOTHING
        RETURNING "Id" AS "Value"
        """;

    public static async Task<int> RecordAsync(CampaignsDbContext db, IReadOnlyCollection<Guid> campaignIds, DateTime now, CancellationToken ct)
    {
        if (campaignIds.Count == 0)
        {
            return 0;
        }
        var campaigns = await db.Campaigns.AsNoTracking().Where(c => campaignIds.Contains(c.Id) && c.Status != CampaignStatus.Draft)
            .Select(c => new { c.Id, c.Goal, Support = CampaignSupport.Of(c.Kind, c.SignatureCount, c.ListedCount, c.OfflineCount, c.OrganisationCount, c.OfflineCountedOn, c.PaperCount) })
            .ToListAsync(ct);
        var links = await db.CampaignCases.AsNoTracking().Where(cc => campaignIds.Contains(cc.CampaignId))
            .Select(cc => new { cc.CampaignId, cc.CaseId }).ToListAsync(ct);
        var caseIds = links.Select(l => l.CaseId).Distinct().ToList();
        var caseTotals = await CaseTotalsAsync(db, caseIds, ct);
        var known = await db.Milestones.AsNoTracking()
            .Where(m => (m.CampaignId != null && campaignIds.Contains(m.CampaignId.Value)) || (m.CaseId != null && caseIds.Contains(m.CaseId.Value)))
            .Select(m => new { Subject = m.CampaignId ?? m.CaseId, m.Threshold }).ToListAsync(ct);
        IReadOnlyList<int> New(Guid subject, IReadOnlyList<int> passed) =>
            passed.Where(t => !known.Any(k => k.Subject == subject && k.Threshold == t)).ToList();
        var goalsTold = new HashSet<string>();
        var announced = 0;
        foreach (var campaign in campaigns)
        {
            var reached = await InsertAsync(db, InsertCampaignMilestone, campaign.Id, New(campaign.Id, MilestoneLadder.Passed(campaign.Support.Total, campaign.Goal)), campaign.Support, now, ct);
            if (campaign.Goal is { } goal && reached.TryGetValue(goal, out var goalId))
            {
                var cases = links.Where(l => l.CampaignId == campaign.Id).Select(l => l.CaseId).ToList();
                var told = await AnnounceAsync(db, goalId, cases, _ => true, now, ct);
                goalsTold.UnionWith(told);
                announced += told.Count;
            }
        }
        foreach (var (caseId, support) in caseTotals)
        {
            var reached = await InsertAsync(db, InsertCaseMilestone, caseId, New(caseId, MilestoneLadder.Passed(support.Total, null)), support, now, ct);
            if (reached.Count > 0)
            {
                announced += (await AnnounceAsync(db, reached[reached.Keys.Max()], [caseId], email => !goalsTold.Contains(email), now, ct)).Count;
            }
        }
        await db.SaveChangesAsync(ct);
        return announced;
    }

    /// <summary>A person's support: every public campaign about them, as the tracking page counts it.</summary>
    private static async Task<List<(Guid CaseId, CampaignSupport Support)>> CaseTotalsAsync(CampaignsDbContext db, IReadOnlyCollection<Guid> caseIds, CancellationToken ct)
    {
        var rows = await (from cc in db.CampaignCases
                          join c in db.Campaigns on cc.CampaignId equals c.Id
                          where caseIds.Contains(cc.CaseId) && c.Status != CampaignStatus.Draft
                          select new { cc.CaseId, c.Kind, c.SignatureCount, c.ListedCount, c.OfflineCount, c.OrganisationCount, c.OfflineCountedOn, c.PaperCount })
            .ToListAsync(ct);
        return rows.GroupBy(r => r.CaseId)
            .Select(g => (g.Key, CampaignSupport.Sum(g.Select(r =>
                CampaignSupport.Of(r.Kind, r.SignatureCount, r.ListedCount, r.OfflineCount, r.OrganisationCount, r.OfflineCountedOn, r.PaperCount)).ToList())))
            .ToList();
    }

    // The thresholds this call inserted, with their row ids; a row another instance inserted first is not ours to announce.
    private static async Task<Dictionary<int, long>> InsertAsync(
        CampaignsDbContext db, string sql, Guid subjectId, IReadOnlyList<int> thresholds, CampaignSupport support, DateTime now, CancellationToken ct)
    {
        var inserted = new Dictionary<int, long>();
        foreach (var threshold in thresholds)
        {
            if (await db.Database.SqlQueryRaw<long>(sql, subjectId, threshold, ReachedAt(threshold, support, now)).ToListAsync(ct) is [var id])
            {
                inserted[threshold] = id;
            }
        }
        return inserted;
    }

    private static DateTime ReachedAt(int threshold, CampaignSupport support, DateTime now) =>
        threshold <= support.Historical && support.HistoricalOn is { } on ? on.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) : now;

    // One email per address that should be told; returns the addresses told.
    private static async Task<List<string>> AnnounceAsync(
        CampaignsDbContext db, long milestoneId, IReadOnlyCollection<Guid> caseIds, Func<string, bool> shouldTell, DateTime now, CancellationToken ct)
    {
        var followers = await FollowerNews.ActiveFollowerRows(db, caseIds).ToListAsync(ct);
        var told = followers.DistinctBy(f => f.EmailNormalized).Where(f => shouldTell(f.EmailNormalized)).ToList();
        foreach (var follower in told)
        {
            db.Enqueue(FollowerEmails.Milestone, $"{FollowerEmails.Milestone}:{milestoneId}:{follower.Id}",
                new FollowerEmails.MilestonePayload(follower.Id, milestoneId), now);
        }
        return told.Select(f => f.EmailNormalized).ToList();
    }
}
