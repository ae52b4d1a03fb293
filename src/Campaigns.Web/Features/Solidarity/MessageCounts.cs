using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Campaigns.Web.Features.Solidarity;

/// <summary>Confirmed messages to a person: shown (approved) and waiting for the organizers' decision.</summary>
public sealed record MessageTally(int Approved, int Waiting);

/// <summary>Counts a case's messages. Public figures are kept for a few seconds, like the tracking view, so a crowd costs one query.</summary>
public class MessageCounts(CampaignsDbContext db, IMemoryCache cache)
{
    public static readonly TimeSpan CachedFor = TimeSpan.FromSeconds(5);

    public async Task<MessageTally> ForCaseAsync(string caseSlug, CancellationToken ct) =>
        (await cache.GetOrCreateAsync(("solidarity-counts", caseSlug), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CachedFor;
            return await CountNowAsync(caseSlug, ct);
        }))!;

    /// <summary>The figures as they are now, for the organizers who just decided.</summary>
    public Task<MessageTally> CountNowAsync(string caseSlug, CancellationToken ct) =>
        CountAsync(db.SolidarityMessages.Where(m => db.Cases.Any(c => c.Id == m.CaseId && c.Slug == caseSlug)), ct);

    public Task<MessageTally> CountAsync(Guid caseId, CancellationToken ct) =>
        CountAsync(db.SolidarityMessages.Where(m => m.CaseId == caseId), ct);

    private static async Task<MessageTally> CountAsync(IQueryable<SolidarityMessage> messages, CancellationToken ct)
    {
        var counts = await messages.AsNoTracking()
            .Where(m => m.ConfirmedAt != null && m.Review != MessageReview.Rejected)
            .GroupBy(m => m.Review)
            .Select(g => new { Review = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        return new MessageTally(
            counts.Where(c => c.Review == MessageReview.Approved).Sum(c => c.Count),
            counts.Where(c => c.Review == MessageReview.Pending).Sum(c => c.Count));
    }
}
