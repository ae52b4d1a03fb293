using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Deliveries;

/// <summary>
/// A letter whose signatories the organizer listed goes out at the deadline even when no one signed online:
/// each release target gets its first release once; a later pass finds it in the ledger and leaves it be.
/// </summary>
public static class DueReleases
{
    public static async Task CreateAsync(CampaignsDbContext db, Dictionary<(Guid, Guid), HoldFacts> facts, DateTime now, CancellationToken ct)
    {
        var due = await (
                from link in db.CampaignTargets
                join c in db.Campaigns on link.CampaignId equals c.Id
                where link.Target!.Mode == DeliveryMode.OnRelease
                    && c.Status == CampaignStatus.Published && c.Kind != CampaignKind.Petition && c.Deadline <= now
                    && db.ListedSignatories.Any(s => s.CampaignId == c.Id)
                    && !db.Deliveries.Any(d => d.CampaignId == c.Id && d.TargetId == link.TargetId
                        && d.Mode == DeliveryMode.OnRelease && d.Status != DeliveryStatus.Cancelled)
                select new { link.CampaignId, Target = link.Target! })
            .AsNoTracking()
            .ToListAsync(ct);
        foreach (var pair in due)
        {
            var pairFacts = await HoldFactsQuery.ForAsync(db, pair.CampaignId, pair.Target.Id, ct);
            if (pairFacts is null || DeliveryHolds.For(pairFacts, DeliveryMode.OnRelease, pair.Target.Channel, now) is not null)
            {
                continue;
            }
            facts[(pair.CampaignId, pair.Target.Id)] = pairFacts;
            await DeliveryBatches.CreateAsync(db, pair.CampaignId, pair.Target, DeliveryMode.OnRelease, now, ct, keepEmpty: true);
        }
    }
}
