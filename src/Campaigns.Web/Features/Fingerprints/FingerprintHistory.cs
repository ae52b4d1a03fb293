using Campaigns.Fingerprints;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Fingerprints;

/// <summary>A public campaign's chain and retired records as published; drafts have none to show.</summary>
public class FingerprintHistory(CampaignsDbContext db)
{
    public async Task<PublishedHistory?> ForAsync(string slug, CancellationToken ct)
    {
        var campaignId = await db.Campaigns.AsNoTracking().Where(c => c.Slug == slug && c.Status != CampaignStatus.Draft)
            .Select(c => (Guid?)c.Id).SingleOrDefaultAsync(ct);
        if (campaignId is not { } id)
        {
            return null;
        }
        var days = await db.SupportFingerprints.AsNoTracking().Where(f => f.CampaignId == id).OrderBy(f => f.Day)
            .Select(f => new PublishedDay(f.Day, f.Confirmed, f.Total, f.Records, f.Link))
            .ToListAsync(ct);
        var invalidated = await db.Signatures.AsNoTracking()
            .Where(s => s.CampaignId == id && s.InvalidationId != null && s.ConfirmedAt != null)
            .Select(s => new { s.Id, ConfirmedAt = s.ConfirmedAt!.Value })
            .ToListAsync(ct);
        var withdrawn = await db.WithdrawnRecords.AsNoTracking().Where(r => r.CampaignId == id)
            .Select(r => new RetiredRecord(r.ConfirmedOn, r.Leaf, RetiredRecord.Withdrawn))
            .ToListAsync(ct);
        var retired = invalidated
            .Select(s => new RetiredRecord(FingerprintChain.DayOf(s.ConfirmedAt), FingerprintChain.Hex(FingerprintChain.Leaf(s.Id, s.ConfirmedAt)), RetiredRecord.Invalidated))
            .Concat(withdrawn)
            .OrderBy(r => r.Day).ThenBy(r => r.Leaf, StringComparer.Ordinal)
            .ToList();
        return new PublishedHistory(slug, days, retired);
    }

    /// <summary>The campaign's newest link, for the hand-over pack.</summary>
    public Task<PublishedDay?> LatestAsync(Guid campaignId, CancellationToken ct) =>
        db.SupportFingerprints.AsNoTracking().Where(f => f.CampaignId == campaignId).OrderByDescending(f => f.Day)
            .Select(f => new PublishedDay(f.Day, f.Confirmed, f.Total, f.Records, f.Link))
            .FirstOrDefaultAsync(ct);
}
