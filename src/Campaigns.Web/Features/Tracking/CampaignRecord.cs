using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Tracking;

/// <summary>What has happened around the support: letters delivered, milestones passed, the case's news.</summary>
public class CampaignRecord(CampaignsDbContext db)
{
    public const int UpdatesShown = 5;

    /// <summary>Every target of the campaigns, with the letters the ledger records as sent to it.</summary>
    public async Task<IReadOnlyList<TargetDeliveries>> DeliveredAsync(IReadOnlyCollection<Guid> campaignIds, CancellationToken ct)
    {
        var sent = await db.Deliveries.AsNoTracking()
            .Where(d => campaignIds.Contains(d.CampaignId) && d.Status == DeliveryStatus.Sent)
            .GroupBy(d => d.TargetId)
            .Select(g => new { TargetId = g.Key, Letters = g.Count(), Carried = g.Sum(d => d.SignatureCount) })
            .ToListAsync(ct);
        var targetIds = sent.Select(s => s.TargetId).ToList();
        var targets = await db.CampaignTargets.AsNoTracking()
            .Where(t => campaignIds.Contains(t.CampaignId) || targetIds.Contains(t.TargetId))
            .OrderBy(t => t.Position)
            .Select(t => new { t.TargetId, t.Target!.Name, t.Target.Title })
            .ToListAsync(ct);
        var missing = targetIds.Except(targets.Select(t => t.TargetId)).ToList();
        var retired = await db.Targets.AsNoTracking().Where(t => missing.Contains(t.Id))
            .Select(t => new { TargetId = t.Id, t.Name, t.Title }).ToListAsync(ct);
        var bySent = sent.ToDictionary(s => s.TargetId);
        return targets.Concat(retired).DistinctBy(t => t.TargetId)
            .Select(t => bySent.TryGetValue(t.TargetId, out var s)
                ? new TargetDeliveries(t.Name, t.Title, s.Letters, s.Carried)
                : new TargetDeliveries(t.Name, t.Title, 0, 0))
            .ToList();
    }

    public async Task<IReadOnlyList<PassedMilestone>> MilestonesAsync(TrackedSubject subject, CancellationToken ct)
    {
        var milestones = db.Milestones.AsNoTracking();
        milestones = subject.CaseId is { } caseId
            ? milestones.Where(m => m.CaseId == caseId)
            : milestones.Where(m => m.CampaignId == subject.Campaigns[0].Id);
        var rows = await milestones.OrderBy(m => m.Threshold).Select(m => new { m.Threshold, m.ReachedAt }).ToListAsync(ct);
        var t = subject.Tally;
        return rows.Select(m => m.Threshold <= t.Historical
                ? new PassedMilestone(m.Threshold, m.ReachedAt, true, t.HistoricalOn is not null)
                : new PassedMilestone(m.Threshold, m.ReachedAt, false, true))
            .ToList();
    }

    /// <summary>Each person's action status in each public campaign of the view.</summary>
    public async Task<IReadOnlyList<ActionLine>> ActionsAsync(TrackedSubject subject, CancellationToken ct)
    {
        var campaignIds = subject.CampaignIds;
        var caseId = subject.CaseId;
        return await (from cc in db.CampaignCases.AsNoTracking()
                      join c in db.Campaigns on cc.CampaignId equals c.Id
                      where campaignIds.Contains(cc.CampaignId) && (caseId == null || cc.CaseId == caseId)
                      orderby c.PublishedAt, cc.Position
                      select new ActionLine(c.Slug, c.Title, cc.Case!.Slug, cc.Case.Name, cc.ActionStatus, cc.ActionChangedOn, cc.ActionReason))
            .ToListAsync(ct);
    }

    /// <summary>The latest entries of the timelines of the people concerned.</summary>
    public async Task<IReadOnlyList<UpdateItem>> LatestUpdatesAsync(TrackedSubject subject, CancellationToken ct)
    {
        var caseIds = subject.CaseId is { } caseId
            ? [caseId]
            : await db.CampaignCases.AsNoTracking().Where(x => x.CampaignId == subject.Campaigns[0].Id).Select(x => x.CaseId).ToListAsync(ct);
        return await db.CaseUpdates.AsNoTracking()
            .Where(u => caseIds.Contains(u.CaseId))
            .OrderByDescending(u => u.Date).ThenByDescending(u => u.CreatedAt)
            .Take(UpdatesShown)
            .Select(u => new UpdateItem(u.Date, u.Summary, u.SourceName, u.SourceUrl, u.SourceDate))
            .ToListAsync(ct);
    }
}
