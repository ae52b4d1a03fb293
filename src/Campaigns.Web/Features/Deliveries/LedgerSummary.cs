using Campaigns.Web.Features.Counting;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Deliveries;

public static class LedgerSummary
{
    public static async Task<IReadOnlyList<TargetLedger>> ForCampaignAsync(CampaignsDbContext db, Guid campaignId, CancellationToken ct)
    {
        var kind = await db.Campaigns.Where(c => c.Id == campaignId).Select(c => c.Kind).SingleAsync(ct);
        var targets = await db.CampaignTargets.AsNoTracking().Where(t => t.CampaignId == campaignId)
            .OrderBy(t => t.Position).Select(t => t.Target!).ToListAsync(ct);
        var counts = await db.Deliveries.AsNoTracking().Where(d => d.CampaignId == campaignId)
            .GroupBy(d => new { d.TargetId, d.Status })
            .Select(g => new { g.Key.TargetId, g.Key.Status, Count = g.Count() })
            .ToListAsync(ct);
        var counted = db.Signatures.ThatCount();
        var waiting = await db.DeliveryItems.AsNoTracking().Where(i => i.CampaignId == campaignId && i.DeliveryId == null && counted.Any(s => s.Id == i.SignatureId))
            .GroupBy(i => i.TargetId).Select(g => new { TargetId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(w => w.TargetId, w => w.Count, ct);
        int Count(Guid target, DeliveryStatus status) =>
            counts.Where(c => c.TargetId == target && c.Status == status).Sum(c => c.Count);
        return targets.Select(t => new TargetLedger(
            t.Id, t.Name, DeliveryStatusNames.Lower(t.Channel), DeliveryStatusNames.Lower(DeliveryPolicy.EffectiveMode(kind, t.Mode)),
            !string.IsNullOrWhiteSpace(t.PostalAddress),
            Count(t.Id, DeliveryStatus.Queued), Count(t.Id, DeliveryStatus.Held), Count(t.Id, DeliveryStatus.Sending),
            Count(t.Id, DeliveryStatus.Sent), Count(t.Id, DeliveryStatus.Retrying), Count(t.Id, DeliveryStatus.Failed),
            Count(t.Id, DeliveryStatus.Cancelled), waiting.GetValueOrDefault(t.Id))).ToList();
    }
}
