using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Deliveries;

/// <summary>Turns waiting signatures into digests (every N, or daily) and into releases at the deadline.</summary>
public static class DueBatches
{
    public static async Task CreateAsync(CampaignsDbContext db, Dictionary<(Guid, Guid), HoldFacts> facts, DateTime now, CancellationToken ct)
    {
        var waiting = await db.DeliveryItems.AsNoTracking()
            .Where(i => i.DeliveryId == null)
            .GroupBy(i => new { i.CampaignId, i.TargetId })
            .Select(g => new Waiting(g.Key.CampaignId, g.Key.TargetId, g.Count(), g.Min(i => i.CreatedAt)))
            .ToListAsync(ct);
        if (waiting.Count == 0)
        {
            return;
        }
        var targetIds = waiting.Select(w => w.TargetId).Distinct().ToList();
        var campaignIds = waiting.Select(w => w.CampaignId).Distinct().ToList();
        var targets = await db.Targets.AsNoTracking().Where(t => targetIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        var kinds = await db.Campaigns.AsNoTracking().Where(c => campaignIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Kind, ct);
        foreach (var pair in waiting)
        {
            var target = targets[pair.TargetId];
            var mode = DeliveryPolicy.EffectiveMode(kinds[pair.CampaignId], target.Mode);
            var pairFacts = facts.GetValueOrDefault((pair.CampaignId, pair.TargetId));
            if (DeliveryHolds.For(pairFacts, mode, target.Channel, now) is null && IsDue(pair, target, mode, pairFacts!, now))
            {
                await DeliveryBatches.CreateAsync(db, pair.CampaignId, target, mode, now, ct);
            }
        }
    }

    private static bool IsDue(Waiting pair, Target target, DeliveryMode mode, HoldFacts facts, DateTime now) => mode switch
    {
        DeliveryMode.OnRelease => facts.Deadline <= now,
        DeliveryMode.Digest => pair.Count >= DeliveryPolicy.DigestThreshold(target)
            || (target.DigestDaily && pair.Oldest < OfficeHours.LastOccurrence(target, DeliveryPolicy.DailyDigestTime(target), now)),
        _ => true,
    };

    private sealed record Waiting(Guid CampaignId, Guid TargetId, int Count, DateTime Oldest);
}
