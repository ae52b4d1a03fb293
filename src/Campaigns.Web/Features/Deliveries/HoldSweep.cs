using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Deliveries;

/// <summary>Holds, cancels or lets go the deliveries that wait, so the ledger says why each one has not gone out.</summary>
public static class HoldSweep
{
    public static async Task ApplyAsync(CampaignsDbContext db, Dictionary<(Guid, Guid), HoldFacts> facts, DateTime now, CancellationToken ct)
    {
        var groups = await Waiting(db)
            .Select(d => new { d.CampaignId, d.TargetId, d.Mode, d.Channel })
            .Distinct()
            .ToListAsync(ct);
        foreach (var group in groups)
        {
            var hold = DeliveryHolds.For(facts.GetValueOrDefault((group.CampaignId, group.TargetId)), group.Mode, group.Channel, now);
            var rows = Waiting(db).Where(d => d.CampaignId == group.CampaignId && d.TargetId == group.TargetId
                && d.Mode == group.Mode && d.Channel == group.Channel);
            await ApplyAsync(rows, hold, now, ct);
        }
    }

    public static Task<int> ApplyAsync(IQueryable<Delivery> rows, Hold? hold, DateTime now, CancellationToken ct) => hold switch
    {
        null => rows.Where(d => d.Status == DeliveryStatus.Held).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Status, DeliveryStatus.Queued)
            .SetProperty(d => d.HeldReason, (string?)null)
            .SetProperty(d => d.UpdatedAt, now), ct),
        { Cancels: true } => rows.ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Status, DeliveryStatus.Cancelled)
            .SetProperty(d => d.HeldReason, hold.Reason)
            .SetProperty(d => d.CancelledAt, now)
            .SetProperty(d => d.UpdatedAt, now), ct),
        _ => rows.Where(d => d.Status == DeliveryStatus.Queued || d.HeldReason != hold.Reason).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Status, DeliveryStatus.Held)
            .SetProperty(d => d.HeldReason, hold.Reason)
            .SetProperty(d => d.UpdatedAt, now), ct),
    };

    private static IQueryable<Delivery> Waiting(CampaignsDbContext db) =>
        db.Deliveries.Where(d => d.Status == DeliveryStatus.Queued || d.Status == DeliveryStatus.Held);
}
