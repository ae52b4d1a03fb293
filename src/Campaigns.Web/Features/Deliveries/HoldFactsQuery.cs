using System.Linq.Expressions;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Deliveries;

public static class HoldFactsQuery
{
    private static IQueryable<HoldFacts> Query(CampaignsDbContext db, Expression<Func<CampaignTarget, bool>> filter) =>
        from ct in db.CampaignTargets.Where(filter)
        join c in db.Campaigns on ct.CampaignId equals c.Id
        select new HoldFacts(
            ct.CampaignId,
            ct.TargetId,
            c.Status,
            c.Deadline,
            ct.Target!.RetiredAt,
            ct.NoFurtherActionAt,
            ct.NoFurtherActionReason,
            db.CampaignCases
                .Where(cc => cc.CampaignId == ct.CampaignId && cc.CaseId == ct.OnBehalfOfCaseId && cc.ActionStatus == ActionStatus.NoFurtherAction)
                .Select(cc => cc.Case!.Name)
                .FirstOrDefault(),
            ct.Target.Email,
            ct.Target.PostalAddress);

    public static Task<HoldFacts?> ForAsync(CampaignsDbContext db, Guid campaignId, Guid targetId, CancellationToken ct) =>
        Query(db, t => t.CampaignId == campaignId && t.TargetId == targetId).AsNoTracking().FirstOrDefaultAsync(ct);

    /// <summary>The facts of every pair with letters still waiting, keyed by (campaign, target).</summary>
    public static async Task<Dictionary<(Guid, Guid), HoldFacts>> ForWaitingAsync(CampaignsDbContext db, CancellationToken ct)
    {
        var facts = await Query(db, f => db.Deliveries.Any(d => d.CampaignId == f.CampaignId && d.TargetId == f.TargetId
                    && (d.Status == DeliveryStatus.Queued || d.Status == DeliveryStatus.Held))
                || db.DeliveryItems.Any(i => i.CampaignId == f.CampaignId && i.TargetId == f.TargetId && i.DeliveryId == null))
            .AsNoTracking()
            .ToListAsync(ct);
        return facts.ToDictionary(f => (f.CampaignId, f.TargetId));
    }
}
