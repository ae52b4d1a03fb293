using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Deliveries;
using Campaigns.Web.Infrastructure.Telemetry;
using Microsoft.EntityFrameworkCore;

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
            var found = await FindAsync(token, ct);
            return found is null ? new Result(Outcome.NotFound) : Classify(found, clock.GetUtcNow().UtcDateTime);
        }

        public async Task<Result> HandleAsync(string token, CancellationToken ct)
        {
            var found = await FindAsync(token, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            if (found is null)
            {
                return new Result(Outcome.NotFound);
            }
            var result = Classify(found, now);
            if (result.Outcome != Outcome.Pending)
            {
                return result;
            }
            if (found.NeedsApproval)
            {
                await db.Signatures.Where(s => s.Id == found.Id && s.EmailVerifiedAt == null)
                    .ExecuteUpdateAsync(s => s.SetProperty(x => x.EmailVerifiedAt, now), ct);
                return result with { Outcome = Outcome.AwaitingApproval };
            }
            var confirmed = await ConfirmOnceAsync(found.Id, found.Campaign, found.Kind == SignerKind.Organisation, now, ct);
            if (confirmed)
            {
                metrics.SignatureConfirmed();
            }
            return result with { Outcome = confirmed ? Outcome.Confirmed : Outcome.AlreadyConfirmed };
        }

        private async Task<Found?> FindAsync(string token, CancellationToken ct) =>
            tokens.TryRead(token, out var signatureId)
                ? await db.Signatures.AsNoTracking()
                    .Where(s => s.Id == signatureId)
                    .Select(s => new Found(
                        s.Id, s.ConfirmedAt,
                        new CampaignFacts(
                            s.Campaign!.Id, s.Campaign.Slug, s.Campaign.Title, s.Campaign.Kind, s.Campaign.Status, s.Campaign.Deadline,
                            s.Campaign.Targets.Select(t => new DeliveryPlanner.PlannedTarget(t.TargetId, t.Target!.Mode, t.Target.Channel)).ToList()),
                        s.Kind, s.EmailNormalized, s.OrganisationDomain, s.EmailVerifiedAt, s.InvalidationId != null))
                    .SingleOrDefaultAsync(ct)
                : null;

        private static Result Classify(Found found, DateTime now)
        {
            var campaign = found.Campaign;
            // An admin's invalidation stands: the link neither revives the signature nor says why.
            if (found.Invalidated)
            {
                return new Result(Outcome.NotFound);
            }
            var outcome = found.ConfirmedAt is not null ? Outcome.AlreadyConfirmed
                : found.EmailVerifiedAt is not null ? Outcome.AwaitingApproval
                : !Campaign.IsOpen(campaign.Status, campaign.Deadline, now) ? Outcome.CampaignNotOpen
                : Outcome.Pending;
            return new Result(outcome, campaign.Slug, campaign.Title);
        }

        /// <summary>Only what confirming needs, read with the signature: a campaign's full text can be long.</summary>
        private sealed record CampaignFacts(
            Guid Id, string Slug, string Title, CampaignKind Kind, CampaignStatus Status, DateTime? Deadline, List<DeliveryPlanner.PlannedTarget> Targets);

        private sealed record Found(
            Guid Id, DateTime? ConfirmedAt, CampaignFacts Campaign, SignerKind Kind, string EmailNormalized, string? OrganisationDomain, DateTime? EmailVerifiedAt, bool Invalidated)
        {
            public bool NeedsApproval =>
                Kind == SignerKind.Organisation && (OrganisationDomain is null || !Letters.OrganisationDomains.Covers(OrganisationDomain, EmailNormalized));
        }

        // The conditional update makes two clicks racing each other count once; the delta commits with it.
        // On PostgreSQL concurrent confirmations share a transaction (ConfirmationWriter).
        private async Task<bool> ConfirmOnceAsync(Guid signatureId, CampaignFacts campaign, bool organisation, DateTime now, CancellationToken ct)
        {
            if (db.IsPostgres)
            {
                var pending = new PendingConfirmation(signatureId, campaign.Id, campaign.Kind, campaign.Targets, organisation, now);
                return await writer.ConfirmAsync(pending).WaitAsync(ct);
            }
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var updated = await db.Signatures
                .Where(s => s.Id == signatureId && s.ConfirmedAt == null && s.InvalidationId == null)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.ConfirmedAt, now), ct);
            if (updated == 0)
            {
                return false;
            }
            db.CountDeltas.Add(new CountDelta { CampaignId = campaign.Id, Delta = 1, Organisation = organisation });
            DeliveryPlanner.Plan(db, signatureId, campaign.Id, campaign.Kind, campaign.Targets, now);
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return true;
        }
    }
}
