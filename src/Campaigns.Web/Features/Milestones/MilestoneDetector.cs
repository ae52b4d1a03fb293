using Campaigns.Web.Data;
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

    private enum Subject { Campaign, Case }

    public static async Task<int> RecordAsync(CampaignsDbContext db, IReadOnlyCollection<Guid> campaignIds, DateTime now, CancellationToken ct)
    {
        if (campaignIds.Count == 0)
        {
            return 0;
        }
        var campaigns = await db.Campaigns.AsNoTracking().Where(c => campaignIds.Contains(c.Id))
            .Select(c => new { c.Id, c.SignatureCount, c.Goal }).ToListAsync(ct);
        var links = await db.CampaignCases.AsNoTracking().Where(cc => campaignIds.Contains(cc.CampaignId))
            .Select(cc => new { cc.CampaignId, cc.CaseId }).ToListAsync(ct);
        var caseIds = links.Select(l => l.CaseId).Distinct().ToList();
        var caseTotals = await (from cc in db.CampaignCases
                                join c in db.Campaigns on cc.CampaignId equals c.Id
                                where caseIds.Contains(cc.CaseId)
                                group c.SignatureCount by cc.CaseId into g
                                select new { CaseId = g.Key, Total = g.Sum() }).ToListAsync(ct);
        var known = await db.Milestones.AsNoTracking()
            .Where(m => (m.CampaignId != null && campaignIds.Contains(m.CampaignId.Value)) || (m.CaseId != null && caseIds.Contains(m.CaseId.Value)))
            .Select(m => new { Subject = m.CampaignId ?? m.CaseId, m.Threshold }).ToListAsync(ct);
        IReadOnlyList<int> New(Guid subject, IReadOnlyList<int> passed) =>
            passed.Where(t => !known.Any(k => k.Subject == subject && k.Threshold == t)).ToList();
        var announced = 0;
        foreach (var campaign in campaigns)
        {
            var reached = await InsertAsync(db, Subject.Campaign, campaign.Id, New(campaign.Id, MilestoneLadder.Passed(campaign.SignatureCount, campaign.Goal)), now, ct);
            var cases = links.Where(l => l.CampaignId == campaign.Id).Select(l => l.CaseId).ToList();
            announced += await AnnounceAsync(db, reached, cases, now, ct);
        }
        foreach (var total in caseTotals)
        {
            var reached = await InsertAsync(db, Subject.Case, total.CaseId, New(total.CaseId, MilestoneLadder.Passed(total.Total, null)), now, ct);
            announced += await AnnounceAsync(db, reached, [total.CaseId], now, ct);
        }
        await db.SaveChangesAsync(ct);
        return announced;
    }

    // Returns the id of the highest threshold this call inserted, if any: a count that jumps past several
    // thresholds at once is announced once, with the highest.
    private static async Task<long?> InsertAsync(
        CampaignsDbContext db, Subject subject, Guid subjectId, IReadOnlyList<int> thresholds, DateTime now, CancellationToken ct)
    {
        long? highest = null;
        foreach (var threshold in thresholds)
        {
            var sql = subject == Subject.Campaign ? InsertCampaignMilestone : InsertCaseMilestone;
            var inserted = await db.Database.SqlQueryRaw<long>(sql, subjectId, threshold, now).ToListAsync(ct);
            highest = inserted.Count == 1 ? inserted[0] : highest;
        }
        return highest;
    }

    private static async Task<int> AnnounceAsync(CampaignsDbContext db, long? milestoneId, IReadOnlyCollection<Guid> caseIds, DateTime now, CancellationToken ct)
    {
        if (milestoneId is not { } id || caseIds.Count == 0)
        {
            return 0;
        }
        var followers = await FollowerNews.ActiveFollowersAsync(db, caseIds, ct);
        foreach (var followerId in followers)
        {
            db.Enqueue(FollowerEmails.Milestone, $"{FollowerEmails.Milestone}:{id}:{followerId}", new FollowerEmails.MilestonePayload(followerId, id), now);
        }
        return followers.Count;
    }
}
