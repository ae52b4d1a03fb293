using Campaigns.Web.Features.Counting;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Deliveries;

/// <summary>Gathers the signatures owed to a target into one delivery: a digest or a released letter.</summary>
public static class DeliveryBatches
{
    /// <summary>
    /// Creates the delivery and hands it the oldest signatures not yet carried by another (all of them, or
    /// at most <paramref name="limit"/>). The conditional update takes each signature once even if two
    /// callers race; a batch that ends up empty is not kept unless <paramref name="keepEmpty"/> (a letter whose
    /// signatories the organizer listed still goes out when no one has signed online).
    /// </summary>
    public static async Task<Delivery?> CreateAsync(
        CampaignsDbContext db, Guid campaignId, Target target, DeliveryMode mode, DateTime now, CancellationToken ct,
        int? limit = null, bool keepEmpty = false)
    {
        var delivery = new Delivery
        {
            CampaignId = campaignId,
            TargetId = target.Id,
            Channel = target.Channel,
            Mode = mode,
            Status = DeliveryStatus.Queued,
            CreatedAt = now,
            DueAt = now,
            UpdatedAt = now,
        };
        delivery.DeliveryKey = DeliveryMessages.BatchKey(delivery.Id);
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(ct) : null;
        db.Deliveries.Add(delivery);
        await db.SaveChangesAsync(ct);
        var counted = db.Signatures.ThatCount();
        var waiting = db.DeliveryItems.Where(i => i.CampaignId == campaignId && i.TargetId == target.Id && i.DeliveryId == null
            && counted.Any(s => s.Id == i.SignatureId));
        if (limit is { } size)
        {
            var oldest = await waiting.OrderBy(i => i.Id).Take(size).Select(i => i.Id).ToListAsync(ct);
            waiting = waiting.Where(i => oldest.Contains(i.Id));
        }
        var carried = await waiting.ExecuteUpdateAsync(s => s.SetProperty(i => i.DeliveryId, delivery.Id), ct);
        if (carried == 0 && !keepEmpty)
        {
            db.Deliveries.Remove(delivery);
        }
        else
        {
            delivery.SignatureCount = carried;
        }
        await db.SaveChangesAsync(ct);
        if (transaction is not null)
        {
            await transaction.CommitAsync(ct);
        }
        return carried == 0 && !keepEmpty ? null : delivery;
    }
}
