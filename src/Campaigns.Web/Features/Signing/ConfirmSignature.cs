using Campaigns.Web.Data;
using Campaigns.Web.Infrastructure.Telemetry;

namespace Campaigns.Web.Features.Signing;

public static class ConfirmSignature
{
    /// <summary><see cref="Outcome.AwaitingApproval"/>: an organisation's address was verified, but not at its own domain, so the organizer decides.</summary>
    public enum Outcome { Pending, Confirmed, AlreadyConfirmed, NotFound, CampaignNotOpen, AwaitingApproval }

    public sealed record Result(Outcome Outcome, string? CampaignSlug = null, string? CampaignTitle = null);

    public class Handler(CampaignsDbContext db, SignatureTokens tokens, ConfirmationWriter writer, TimeProvider clock, CampaignsMetrics metrics)
    {
        /// <summary>What confirming would do, without doing it: the page a link opens must not confirm by itself.</summary>
        public async Task<Result> PreviewAsync(string token, CancellationToken ct)
        {
            if (!tokens.TryRead(token, out var signatureId))
            {
                return new Result(Outcome.NotFound);
            }
            var facts = await ConfirmationFacts.ReadAsync(db, [signatureId], ct);
            return facts.TryGetValue(signatureId, out var found) ? found.Classify(clock.GetUtcNow().UtcDateTime) : new Result(Outcome.NotFound);
        }

        // On PostgreSQL concurrent clicks share a transaction (ConfirmationWriter); elsewhere each has its own.
        public async Task<Result> HandleAsync(string token, CancellationToken ct)
        {
            if (!tokens.TryRead(token, out var signatureId))
            {
                return new Result(Outcome.NotFound);
            }
            var click = new PendingConfirmation(signatureId, clock.GetUtcNow().UtcDateTime);
            var result = db.IsPostgres
                ? await writer.ConfirmAsync(click).WaitAsync(ct)
                : (await ConfirmationBatch.ConfirmAsync(db, [click], ct))[0];
            if (result.Outcome == Outcome.Confirmed)
            {
                metrics.SignatureConfirmed();
            }
            return result;
        }
    }
}
