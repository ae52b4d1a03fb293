using Campaigns.Web.Features.Counting;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Deliveries;

/// <summary>Turns waiting signatures into digests (every N, or daily) and into releases at the deadline.</summary>
public static class DueBatches
{
    public static async Task CreateAsync(CampaignsDbContext db, Dictionary<(Guid, Guid), HoldFacts> facts, DateTime now, CancellationToken ct)
    {
        var counted = db.Signatures.ThatCount();
        var waiting = await db.DeliveryItems.AsNoTracking()
            .Where(i => i.DeliveryId == null && counted.Any(s => s.Id == i.SignatureId))
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
            if (DeliveryHolds.For(pairFacts, mode, target.Channel, now) is not null)
            {
                continue;
            }
            foreach (var size in Sizes(pair, target, mode, pairFacts!, now))
            {
                await DeliveryBatches.CreateAsync(db, pair.CampaignId, target, mode, now, ct, size);
            }
        }
    }

    /// <summary>
    /// The batches due now: a digest every N signatures (a backlog makes several), the rest once a day for
    /// daily digests; everything at once for a release at the deadline. A null size takes all that wait.
    /// </summary>
    private static IEnumerable<int?> Sizes(Waiting pair, Target target, DeliveryMode mode, HoldFacts facts, DateTime now)
    {
        if (mode == DeliveryMode.OnRelease)
        {
            return facts.Deadline <= now ? [null] : [];
        }
        if (mode != DeliveryMode.Digest)
        {
            return [null];
        }
        var dailyDue = target.DigestDaily && pair.Oldest < OfficeHours.LastOccurrence(target, DeliveryPolicy.DailyDigestTime(target), now);
        var full = DeliveryPolicy.DigestThreshold(target) is { } threshold
            ? Enumerable.Repeat<int?>(threshold, pair.Count / threshold)
            : [];
        return dailyDue ? [.. full, null] : full;
    }

    private sealed record Waiting(Guid CampaignId, Guid TargetId, int Count, DateTime Oldest);
}
