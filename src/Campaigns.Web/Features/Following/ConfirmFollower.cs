using Campaigns.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Following;

public static class ConfirmFollower
{
    public enum Outcome { Pending, Confirmed, AlreadyConfirmed, Unsubscribed, NotFound }

    public sealed record Result(Outcome Outcome, string? CaseSlug = null, string? CaseName = null);

    public class Handler(CampaignsDbContext db, FollowerTokens tokens, TimeProvider clock)
    {
        /// <summary>What the button would do; opening the link alone changes nothing.</summary>
        public async Task<Result> PreviewAsync(string token, CancellationToken ct)
        {
            var found = await FindAsync(token, ct);
            return found is null ? new Result(Outcome.NotFound) : Classify(found);
        }

        public async Task<Result> HandleAsync(string token, CancellationToken ct)
        {
            var found = await FindAsync(token, ct);
            if (found is null)
            {
                return new Result(Outcome.NotFound);
            }
            var result = Classify(found);
            if (result.Outcome != Outcome.Pending)
            {
                return result;
            }
            var now = clock.GetUtcNow().UtcDateTime;
            var confirmed = await db.Followers
                .Where(f => f.Id == found.Id && f.ConfirmedAt == null && f.UnsubscribedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(f => f.ConfirmedAt, now), ct);
            return result with { Outcome = confirmed == 1 ? Outcome.Confirmed : Outcome.AlreadyConfirmed };
        }

        private async Task<Found?> FindAsync(string token, CancellationToken ct) =>
            tokens.TryRead(token, out var id)
                ? await (from f in db.Followers.AsNoTracking()
                         join c in db.Cases on f.CaseId equals c.Id
                         where f.Id == id
                         select new Found(f.Id, f.ConfirmedAt, f.UnsubscribedAt, c.Slug, c.Name)).SingleOrDefaultAsync(ct)
                : null;

        private static Result Classify(Found found)
        {
            var outcome = found.UnsubscribedAt is not null ? Outcome.Unsubscribed
                : found.ConfirmedAt is not null ? Outcome.AlreadyConfirmed
                : Outcome.Pending;
            return new Result(outcome, found.CaseSlug, found.CaseName);
        }

        private sealed record Found(Guid Id, DateTime? ConfirmedAt, DateTime? UnsubscribedAt, string CaseSlug, string CaseName);
    }
}
