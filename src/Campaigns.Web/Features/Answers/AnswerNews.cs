using System.Security.Cryptography;
using System.Text;
using Campaigns.Web.Data;
using Campaigns.Web.Features.Counting;
using Campaigns.Web.Features.Following;
using Campaigns.Web.Features.Series;
using Campaigns.Web.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Answers;

/// <summary>
/// When an official's reply is first recorded, tells the people who asked to hear: supporters whose signature counts
/// and who consented to updates, and the followers of the campaign's cases. The recording transaction queues one
/// fan-out per (campaign, official), a job of its own that queues one email per address, keyed by (campaign,
/// official, address), a batch at a time: run again, after a crash or a reply removed and recorded anew, it
/// queues only what is missing, so nobody hears of one official's reply twice.
/// </summary>
public static class AnswerNews
{
    public const string Kind = "official-answer";
    public const string FanOutKind = "official-answer-fan-out";

    // A campaign can have a hundred thousand supporters: recipients are read and queued a batch at a time.
    public const int BatchSize = 2000;

    public sealed record Payload(Guid CampaignId, Guid TargetId, Guid? SignatureId, Guid? FollowerId);

    public sealed record FanOutPayload(Guid CampaignId, Guid TargetId);

    /// <summary>Queues the fan-out unless it was queued before; returns its key when it is new.</summary>
    public static async Task<string?> PlanFanOutAsync(CampaignsDbContext db, Guid campaignId, Guid targetId, DateTime now, CancellationToken ct)
    {
        var key = $"{FanOutKind}:{campaignId}:{targetId}";
        return await db.EnqueueOnceAsync(FanOutKind, key, new FanOutPayload(campaignId, targetId), now, ct) ? key : null;
    }

    public static async Task<int> EnqueueAsync(CampaignsDbContext db, Guid campaignId, Guid targetId, DateTime now, CancellationToken ct, int batchSize = BatchSize)
    {
        var caseIds = await db.CampaignCases.Where(cc => cc.CampaignId == campaignId).Select(cc => cc.CaseId).ToListAsync(ct);
        var signers = db.Signatures.AsNoTracking().ThatCount()
            .Where(s => s.CampaignId == campaignId && s.EmailUpdates)
            .Select(s => new Recipient { EmailNormalized = s.EmailNormalized, ConfirmedAt = s.ConfirmedAt, SignatureId = s.Id });
        var followers = FollowerNews.ActiveFollowers(db, caseIds)
            .Select(f => new Recipient { EmailNormalized = f.EmailNormalized, ConfirmedAt = f.ConfirmedAt, FollowerId = f.Id });
        // Signers go first: someone who both signed and follows hears as a signer, once.
        var queued = await EnqueueInBatchesAsync(db, signers, campaignId, targetId, now, batchSize, ct);
        return queued + await EnqueueInBatchesAsync(db, followers, campaignId, targetId, now, batchSize, ct);
    }

    private static async Task<int> EnqueueInBatchesAsync(
        CampaignsDbContext db, IQueryable<Recipient> recipients, Guid campaignId, Guid targetId, DateTime now, int batchSize, CancellationToken ct)
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
                .Select(r => (DeliveryKey(campaignId, targetId, r.EmailNormalized), new Payload(campaignId, targetId, r.SignatureId, r.FollowerId)))
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
    private static string DeliveryKey(Guid campaignId, Guid targetId, string normalizedEmail) =>
        $"{Kind}:{campaignId}:{targetId}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(normalizedEmail)))[..32]}";
}
