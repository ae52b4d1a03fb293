using Campaigns.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Solidarity;

public static class ConfirmMessage
{
    public enum Outcome { Pending, Confirmed, AlreadyConfirmed, NotFound }

    public sealed record Result(Outcome Outcome, string? CaseSlug = null, string? CaseName = null);

    public class Handler(CampaignsDbContext db, MessageTokens tokens, TimeProvider clock)
    {
        /// <summary>What the button would do; opening the link alone changes nothing, so mail scanners confirm nothing.</summary>
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
            var confirmed = await db.SolidarityMessages.Where(m => m.Id == found.Id && m.ConfirmedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.ConfirmedAt, now), ct);
            return result with { Outcome = confirmed == 1 ? Outcome.Confirmed : Outcome.AlreadyConfirmed };
        }

        private async Task<Found?> FindAsync(string token, CancellationToken ct) =>
            tokens.TryRead(token, out var id)
                ? await (from m in db.SolidarityMessages.AsNoTracking()
                         join c in db.Cases on m.CaseId equals c.Id
                         where m.Id == id
                         select new Found(m.Id, m.ConfirmedAt, c.Slug, c.Name)).SingleOrDefaultAsync(ct)
                : null;

        private static Result Classify(Found found) =>
            new(found.ConfirmedAt is null ? Outcome.Pending : Outcome.AlreadyConfirmed, found.CaseSlug, found.CaseName);

        private sealed record Found(Guid Id, DateTime? ConfirmedAt, string CaseSlug, string CaseName);
    }
}
