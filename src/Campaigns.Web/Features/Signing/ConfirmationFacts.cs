using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Deliveries;
using Microsoft.EntityFrameworkCore;
using static Campaigns.Web.Features.Signing.ConfirmSignature;

namespace Campaigns.Web.Features.Signing;

/// <summary>What confirming a signature needs to know of it and its campaign, read in one query.</summary>
public sealed record ConfirmationFacts(
    Guid Id, DateTime? ConfirmedAt, ConfirmationFacts.CampaignFacts Campaign, SignerKind Kind, string EmailNormalized,
    string? OrganisationDomain, DateTime? EmailVerifiedAt, bool Invalidated)
{
    /// <summary>Only what confirming needs, read with the signature: a campaign's full text can be long.</summary>
    public sealed record CampaignFacts(
        Guid Id, string Slug, string Title, CampaignKind Kind, CampaignStatus Status, DateTime? Deadline, List<DeliveryPlanner.PlannedTarget> Targets);

    /// <summary>An organisation's address verified, but not at the organisation's own domain: the organizer decides.</summary>
    public bool NeedsApproval =>
        Kind == SignerKind.Organisation && (OrganisationDomain is null || !Letters.OrganisationDomains.Covers(OrganisationDomain, EmailNormalized));

    public static async Task<Dictionary<Guid, ConfirmationFacts>> ReadAsync(CampaignsDbContext db, Guid[] signatureIds, CancellationToken ct) =>
        await db.Signatures.AsNoTracking()
            .Where(s => signatureIds.Contains(s.Id))
            .Select(s => new ConfirmationFacts(
                s.Id, s.ConfirmedAt,
                new CampaignFacts(
                    s.Campaign!.Id, s.Campaign.Slug, s.Campaign.Title, s.Campaign.Kind, s.Campaign.Status, s.Campaign.Deadline,
                    s.Campaign.Targets.Select(t => new DeliveryPlanner.PlannedTarget(t.TargetId, t.Target!.Mode, t.Target.Channel)).ToList()),
                s.Kind, s.EmailNormalized, s.OrganisationDomain, s.EmailVerifiedAt, s.InvalidationId != null))
            .ToDictionaryAsync(f => f.Id, ct);

    /// <summary>What confirming at <paramref name="now"/> would come to, before the conditional update decides races.</summary>
    public Result Classify(DateTime now)
    {
        // An admin's invalidation stands: the link neither revives the signature nor says why.
        if (Invalidated)
        {
            return new Result(Outcome.NotFound);
        }
        var outcome = ConfirmedAt is not null ? Outcome.AlreadyConfirmed
            : EmailVerifiedAt is not null ? Outcome.AwaitingApproval
            : !Domain.Campaign.IsOpen(Campaign.Status, Campaign.Deadline, now) ? Outcome.CampaignNotOpen
            : Outcome.Pending;
        return new Result(outcome, Campaign.Slug, Campaign.Title);
    }
}
