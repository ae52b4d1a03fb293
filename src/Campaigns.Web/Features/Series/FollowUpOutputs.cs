using Campaigns.Web.Features.Counting;
using System.Security.Cryptography;
using System.Text;
using Campaigns.Web.Data;
using Campaigns.Web.Features.Following;
using Campaigns.Web.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Series;

/// <summary>
/// When output N &gt; 1 of a series is published, tells the people who asked to hear: supporters who confirmed
/// a signature on an earlier output and consented to updates, and the followers of the campaign's cases.
/// The publisher's transaction queues one fan-out, a job of its own that queues one email per address, keyed by
/// (campaign, address), a batch at a time; run again after a crash, it queues only what is missing.
/// </summary>
public static class FollowUpOutputs
{
    public const string Kind = "series-follow-up";
    public const string FanOutKind = "series-follow-up-fan-out";

    // A series can be followed by a hundred thousand people: recipients are read and queued a batch at a time.
    public const int BatchSize = 2000;

    public sealed record Payload(Guid CampaignId, Guid? SignatureId, Guid? FollowerId);

    public sealed record FanOutPayload(Guid CampaignId);

    /// <summary>Queues the fan-out of a campaign that is a later output of a series; returns its key, or null when there is none.</summary>
    public static async Task<string?> PlanFanOutAsync(CampaignsDbContext db, Guid campaignId, DateTime now, CancellationToken ct)
    {
        var isLaterOutput = await db.Campaigns.AnyAsync(c => c.Id == campaignId && c.SeriesId != null && c.OutputNumber > 1, ct);
        if (!isLaterOutput)
        {
            return null;
        }
        var key = $"{FanOutKind}:{campaignId}";
        return await db.EnqueueOnceAsync(FanOutKind, key, new FanOutPayload(campaignId), now, ct) ? key : null;
    }

    public static async Task<int> EnqueueAsync(CampaignsDbContext db, Guid campaignId, DateTime now, CancellationToken ct, int batchSize = BatchSize)
    {
        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId)
            .Select(c => new { c.SeriesId, c.OutputNumber }).SingleAsync(ct);
        if (campaign is not { SeriesId: { } seriesId, OutputNumber: > 1 and var number })
        {
            return 0;
        }
        var earlier = db.Campaigns.Where(c => c.SeriesId == seriesId && c.OutputNumber < number && c.Id != campaignId).Select(c => c.Id);
        var caseIds = await db.CampaignCases.Where(cc => cc.CampaignId == campaignId).Select(cc => cc.CaseId).ToListAsync(ct);
        // Within one address the latest confirmed signature comes first and is the one kept.
        var signers = db.Signatures.AsNoTracking().ThatCount()
            .Where(s => earlier.Contains(s.CampaignId) && s.EmailUpdates)
            .Select(s => new Recipient { EmailNormalized = s.EmailNormalized, ConfirmedAt = s.ConfirmedAt, SignatureId = s.Id });
        var followers = FollowerNews.ActiveFollowers(db, caseIds)
            .Select(f => new Recipient { EmailNormalized = f.EmailNormalized, ConfirmedAt = f.ConfirmedAt, FollowerId = f.Id });
        // Signers go first: someone who both signed and follows hears as a signer.
        var queued = await EnqueueInBatchesAsync(db, signers, campaignId, now, batchSize, ct);
        return queued + await EnqueueInBatchesAsync(db, followers, campaignId, now, batchSize, ct);
    }

    private static async Task<int> EnqueueInBatchesAsync(
        CampaignsDbContext db, IQueryable<Recipient> recipients, Guid campaignId, DateTime now, int batchSize, CancellationToken ct)
    {
        var queued = 0;
        string? after = null;
        while (true)
        {
            var batch = await recipients
                .Where(r => after == null || string.Compare(r.EmailNormalized, after) > 0)
                .OrderBy(r => r.EmailNormalized).ThenByDescending(r => r.ConfirmedAt)
                .Take(batchSize)
                .ToListAsync(ct);
            if (batch.Count == 0)
            {
                return queued;
            }
            // A batch may end part way through an address's rows; its first row, the one kept, is already in.
            after = batch[^1].EmailNormalized;
            var messages = batch.DistinctBy(r => r.EmailNormalized)
                .Select(r => (DeliveryKey(campaignId, r.EmailNormalized), new Payload(campaignId, r.SignatureId, r.FollowerId)))
                .ToList();
            queued += await db.EnqueueManyOnceAsync(Kind, messages, now, ct);
        }
    }

    // Settable members, not a constructor, so that EF can still filter and order on the projection.
    private sealed class Recipient
    {
        public string EmailNormalized { get; init; } = "";
        public DateTime? ConfirmedAt { get; init; }
        public Guid? SignatureId { get; init; }
        public Guid? FollowerId { get; init; }
    }

    // The address is hashed so that the key stays short and the outbox listing shows no address.
    private static string DeliveryKey(Guid campaignId, string normalizedEmail) =>
        $"{Kind}:{campaignId}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalizedEmail)))[..32]}";
}
