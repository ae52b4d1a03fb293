using System.Linq.Expressions;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Following;

/// <summary>Queues news for the confirmed followers of a case, to commit with the change that is the news.</summary>
public static class FollowerNews
{
    /// <summary>
    /// Adds one email per active follower about a new timeline entry to the context; the caller's SaveChanges
    /// (the one that adds the update) commits them. The delivery key makes each go out once.
    /// </summary>
    public static async Task<int> EnqueueCaseUpdateAsync(CampaignsDbContext db, Guid caseId, Guid updateId, DateTime now, CancellationToken ct)
    {
        var followers = await ActiveFollowersAsync(db, [caseId], ct);
        foreach (var followerId in followers)
        {
            db.Enqueue(FollowerEmails.CaseUpdate, $"{FollowerEmails.CaseUpdate}:{updateId}:{followerId}",
                new FollowerEmails.CaseUpdatePayload(followerId, updateId), now);
        }
        return followers.Count;
    }

    /// <summary>One follower per address, even when the address follows several of the cases.</summary>
    public static async Task<IReadOnlyList<Guid>> ActiveFollowersAsync(CampaignsDbContext db, IReadOnlyCollection<Guid> caseIds, CancellationToken ct)
    {
        var rows = await ActiveFollowerRows(db, caseIds).ToListAsync(ct);
        return rows.DistinctBy(f => f.EmailNormalized).Select(f => f.Id).ToList();
    }

    public static IQueryable<FollowerAddress> ActiveFollowerRows(CampaignsDbContext db, IReadOnlyCollection<Guid> caseIds) =>
        ActiveFollowers(db, caseIds)
            .OrderBy(f => f.Id)
            .Select(f => new FollowerAddress(f.Id, f.EmailNormalized));

    public static IQueryable<Follower> ActiveFollowers(CampaignsDbContext db, IReadOnlyCollection<Guid> caseIds) =>
        db.Followers.AsNoTracking().Where(IsActive).Where(f => caseIds.Contains(f.CaseId));

    /// <summary>A follower who confirmed the address and has not unsubscribed: the only one who hears anything.</summary>
    public static readonly Expression<Func<Follower, bool>> IsActive = f => f.ConfirmedAt != null && f.UnsubscribedAt == null;

    public sealed record FollowerAddress(Guid Id, string EmailNormalized);
}
