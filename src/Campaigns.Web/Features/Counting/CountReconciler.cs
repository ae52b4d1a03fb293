using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Counting;

/// <summary>
/// Recomputes every campaign's count from its offline count, confirmed signatures, listed signatories and paper batches (organisations apart), less the deltas not yet folded in,
/// in one statement so both sides are read from the same snapshot.
/// </summary>
public class CountReconciler(CampaignsDbContext db, TimeProvider clock)
{
    public async Task<int> ReconcileAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var counted = db.Signatures.ThatCount();
        return await db.Campaigns.ExecuteUpdateAsync(s => s
            .SetProperty(c => c.SignatureCount, c => c.OfflineCount
                + counted.Count(x => x.CampaignId == c.Id && x.Kind == SignerKind.Individual)
                + db.ListedSignatories.Count(x => x.CampaignId == c.Id && !x.IsOrganisation)
                + (db.PaperBatches.Where(b => b.CampaignId == c.Id).Sum(b => (int?)b.Count) ?? 0)
                - (db.CountDeltas.Where(d => d.CampaignId == c.Id && !d.Organisation).Sum(d => (int?)d.Delta) ?? 0))
            .SetProperty(c => c.PaperCount, c =>
                (db.PaperBatches.Where(b => b.CampaignId == c.Id).Sum(b => (int?)b.Count) ?? 0)
                - (db.CountDeltas.Where(d => d.CampaignId == c.Id && d.Paper).Sum(d => (int?)d.Delta) ?? 0))
            .SetProperty(c => c.ListedCount, c =>
                db.ListedSignatories.Count(x => x.CampaignId == c.Id && !x.IsOrganisation)
                - (db.CountDeltas.Where(d => d.CampaignId == c.Id && d.Listed && !d.Organisation).Sum(d => (int?)d.Delta) ?? 0))
            .SetProperty(c => c.OrganisationCount, c =>
                counted.Count(x => x.CampaignId == c.Id && x.Kind == SignerKind.Organisation)
                + db.ListedSignatories.Count(x => x.CampaignId == c.Id && x.IsOrganisation)
                - (db.CountDeltas.Where(d => d.CampaignId == c.Id && d.Organisation).Sum(d => (int?)d.Delta) ?? 0))
            .SetProperty(c => c.CountedAt, now), ct);
    }
}
