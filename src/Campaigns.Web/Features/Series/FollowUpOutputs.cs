using System.Security.Cryptography;
using System.Text;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Following;
using Campaigns.Web.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Series;

/// <summary>
/// When output N &gt; 1 of a series is published, tells the people who asked to hear: supporters who confirmed
/// a signature on an earlier output and consented to updates, and the followers of the campaign's cases.
/// One email per address, keyed by (campaign, address), queued in the publisher's transaction.
/// </summary>
public static class FollowUpOutputs
{
    public const string Kind = "series-follow-up";

    public sealed record Payload(Guid CampaignId, Guid? SignatureId, Guid? FollowerId);

    public static async Task<int> EnqueueAsync(CampaignsDbContext db, Guid campaignId, DateTime now, CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId)
            .Select(c => new { c.SeriesId, c.OutputNumber }).SingleAsync(ct);
        if (campaign is not { SeriesId: { } seriesId, OutputNumber: > 1 and var number })
        {
            return 0;
        }
        var earlier = db.Campaigns.Where(c => c.SeriesId == seriesId && c.OutputNumber < number && c.Id != campaignId).Select(c => c.Id);
        var signers = await db.Signatures.AsNoTracking()
            .Where(s => earlier.Contains(s.CampaignId) && s.ConfirmedAt != null && s.EmailUpdates)
            .OrderByDescending(s => s.ConfirmedAt)
            .Select(s => new { s.Id, s.EmailNormalized })
            .ToListAsync(ct);
        var caseIds = await db.CampaignCases.AsNoTracking().Where(cc => cc.CampaignId == campaignId).Select(cc => cc.CaseId).ToListAsync(ct);
        var followers = await FollowerNews.ActiveFollowerRows(db, caseIds).ToListAsync(ct);
        var recipients = signers.Select(s => (s.EmailNormalized, Payload: new Payload(campaignId, s.Id, null)))
            .Concat(followers.Select(f => (f.EmailNormalized, Payload: new Payload(campaignId, null, f.Id))))
            .DistinctBy(r => r.EmailNormalized)
            .ToDictionary(r => DeliveryKey(campaignId, r.EmailNormalized), r => r.Payload);
        var prefix = $"{Kind}:{campaignId}:";
        var queued = await db.OutboxMessages.AsNoTracking().Where(m => m.DeliveryKey.StartsWith(prefix)).Select(m => m.DeliveryKey).ToListAsync(ct);
        foreach (var (key, payload) in recipients.Where(r => !queued.Contains(r.Key)))
        {
            db.Enqueue(Kind, key, payload, now);
        }
        await db.SaveChangesAsync(ct);
        return recipients.Count - queued.Count;
    }

    // The address is hashed so that the key stays short and the outbox listing shows no address.
    private static string DeliveryKey(Guid campaignId, string normalizedEmail) =>
        $"{Kind}:{campaignId}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalizedEmail)))[..32]}";
}
