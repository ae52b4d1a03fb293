using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Signing;

public static class ConfirmSignature
{
    public enum Outcome { Confirmed, AlreadyConfirmed, NotFound, CampaignNotOpen }

    public sealed record Result(Outcome Outcome, string? CampaignSlug = null, string? CampaignTitle = null);

    public class Handler(CampaignsDbContext db, SignatureTokens tokens, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(string token, CancellationToken ct)
        {
            if (!tokens.TryRead(token, out var signatureId))
            {
                return new Result(Outcome.NotFound);
            }
            var found = await db.Signatures.AsNoTracking()
                .Where(s => s.Id == signatureId)
                .Select(s => new { s.CampaignId, s.ConfirmedAt, Campaign = s.Campaign! })
                .SingleOrDefaultAsync(ct);
            if (found is null)
            {
                return new Result(Outcome.NotFound);
            }
            var campaign = found.Campaign;
            if (found.ConfirmedAt is not null)
            {
                return new Result(Outcome.AlreadyConfirmed, campaign.Slug, campaign.Title);
            }
            var now = clock.GetUtcNow().UtcDateTime;
            if (!campaign.IsOpenAt(now))
            {
                return new Result(Outcome.CampaignNotOpen, campaign.Slug, campaign.Title);
            }
            var confirmed = await ConfirmOnceAsync(signatureId, found.CampaignId, now, ct);
            return new Result(confirmed ? Outcome.Confirmed : Outcome.AlreadyConfirmed, campaign.Slug, campaign.Title);
        }

        // The conditional update makes two clicks racing each other count once; the delta commits with it.
        private async Task<bool> ConfirmOnceAsync(Guid signatureId, Guid campaignId, DateTime now, CancellationToken ct)
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var updated = await db.Signatures
                .Where(s => s.Id == signatureId && s.ConfirmedAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.ConfirmedAt, now), ct);
            if (updated == 0)
            {
                return false;
            }
            db.CountDeltas.Add(new CountDelta { CampaignId = campaignId, Delta = 1 });
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return true;
        }
    }
}
