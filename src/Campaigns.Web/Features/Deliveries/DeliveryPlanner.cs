using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Deliveries;

/// <summary>
/// Writes down, with a signature's confirmation and in its transaction, everything the signature is owed:
/// a letter per individual target, a place in the next digest or release of the others, and the supporter's copy.
/// </summary>
public static class DeliveryPlanner
{
    public sealed record PlannedTarget(Guid TargetId, DeliveryMode Mode, DeliveryChannel Channel);

    public static async Task PlanAsync(CampaignsDbContext db, Guid signatureId, Guid campaignId, DateTime now, CancellationToken ct)
    {
        var kind = await db.Campaigns.Where(c => c.Id == campaignId).Select(c => c.Kind).SingleAsync(ct);
        var targets = await db.CampaignTargets.AsNoTracking()
            .Where(t => t.CampaignId == campaignId)
            .Select(t => new PlannedTarget(t.TargetId, t.Target!.Mode, t.Target.Channel))
            .ToListAsync(ct);
        Plan(db, signatureId, campaignId, kind, targets, now);
    }

    /// <summary>Adds the plan to the context, for a caller that read the campaign's kind and targets already.</summary>
    public static void Plan(CampaignsDbContext db, Guid signatureId, Guid campaignId, CampaignKind kind, IEnumerable<PlannedTarget> targets, DateTime now)
    {
        foreach (var target in targets)
        {
            if (DeliveryPolicy.EffectiveMode(kind, target.Mode) == DeliveryMode.Individual)
            {
                db.Deliveries.Add(new Delivery
                {
                    CampaignId = campaignId,
                    TargetId = target.TargetId,
                    SignatureId = signatureId,
                    Channel = target.Channel,
                    Mode = DeliveryMode.Individual,
                    Status = DeliveryStatus.Queued,
                    DeliveryKey = DeliveryMessages.LetterKey(signatureId, target.TargetId),
                    SignatureCount = 1,
                    CreatedAt = now,
                    DueAt = now,
                    UpdatedAt = now,
                });
            }
            else
            {
                db.DeliveryItems.Add(new DeliveryItem { CampaignId = campaignId, TargetId = target.TargetId, SignatureId = signatureId, CreatedAt = now });
            }
        }
        if (DeliveryPolicy.IsLetter(kind))
        {
            db.Enqueue(DeliveryMessages.LetterCopy, DeliveryMessages.CopyKey(signatureId), new DeliveryMessages.CopyPayload(signatureId), now);
        }
    }
}
