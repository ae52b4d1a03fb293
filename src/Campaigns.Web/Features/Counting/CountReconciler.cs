using Campaigns.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Counting;

/// <summary>
/// Recomputes every campaign's count from its offline count and confirmed signatures, less the deltas not yet folded in,
/// in one statement so both sides are read from the same snapshot.
/// </summary>
public class CountReconciler(CampaignsDbContext db, TimeProvider clock)
{
    public async Task<int> ReconcileAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return await db.Campaigns.ExecuteUpdateAsync(s => s
            .SetProperty(c => c.SignatureCount, c => c.OfflineCount
                + db.Signatures.Count(x => x.CampaignId == c.Id && x.ConfirmedAt != null)
                - (db.CountDeltas.Where(d => d.CampaignId == c.Id).Sum(d => (int?)d.Delta) ?? 0))
            .SetProperty(c => c.CountedAt, now), ct);
    }
}
