using Campaigns.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Following;

/// <summary>
/// Stops a follower's emails, or the update emails a signer agreed to: for a signer, every signature with
/// the same address on the campaign or, when the campaign is part of a series, anywhere in the series.
/// </summary>
public static class Unsubscribe
{
    public enum Outcome { Subscribed, Unsubscribed, NotFound }

    public sealed record Result(Outcome Outcome, string? About = null);

    public class Handler(CampaignsDbContext db, UnsubscribeTokens tokens, TimeProvider clock)
    {
        public async Task<Result> PreviewAsync(string token, CancellationToken ct) =>
            tokens.Read(token) is { } read ? await FindAsync(read, ct) : new Result(Outcome.NotFound);

        public async Task<Result> HandleAsync(string token, CancellationToken ct)
        {
            var read = tokens.Read(token);
            var found = read is null ? new Result(Outcome.NotFound) : await FindAsync(read, ct);
            if (found.Outcome != Outcome.Subscribed)
            {
                return found;
            }
            if (read!.Kind == Subscription.Follower)
            {
                var now = clock.GetUtcNow().UtcDateTime;
                await db.Followers.Where(f => f.Id == read.Id && f.UnsubscribedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(f => f.UnsubscribedAt, now), ct);
            }
            else
            {
                await SignaturesOf(read.Id).ExecuteUpdateAsync(s => s.SetProperty(x => x.EmailUpdates, false), ct);
            }
            return found with { Outcome = Outcome.Unsubscribed };
        }

        private async Task<Result> FindAsync(UnsubscribeToken token, CancellationToken ct)
        {
            if (token.Kind == Subscription.Follower)
            {
                var follower = await (from f in db.Followers.AsNoTracking()
                                      join c in db.Cases on f.CaseId equals c.Id
                                      where f.Id == token.Id
                                      select new { f.UnsubscribedAt, c.Name }).SingleOrDefaultAsync(ct);
                return follower is null ? new Result(Outcome.NotFound)
                    : new Result(follower.UnsubscribedAt is null ? Outcome.Subscribed : Outcome.Unsubscribed, follower.Name);
            }
            var signature = await db.Signatures.AsNoTracking().Where(s => s.Id == token.Id)
                .Select(s => new { s.Campaign!.Title, s.Campaign.Reference }).SingleOrDefaultAsync(ct);
            if (signature is null)
            {
                return new Result(Outcome.NotFound);
            }
            var subscribed = await SignaturesOf(token.Id).AnyAsync(s => s.EmailUpdates, ct);
            return new Result(subscribed ? Outcome.Subscribed : Outcome.Unsubscribed, signature.Reference ?? signature.Title);
        }

        private IQueryable<Domain.Signature> SignaturesOf(Guid signatureId)
        {
            var origin = db.Signatures.Where(s => s.Id == signatureId);
            return db.Signatures.Where(s =>
                origin.Any(o => o.EmailNormalized == s.EmailNormalized
                    && (o.CampaignId == s.CampaignId || (o.Campaign!.SeriesId != null && o.Campaign.SeriesId == s.Campaign!.SeriesId))));
        }
    }
}
