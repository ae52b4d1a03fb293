using Campaigns.Web.Features.Counting;
using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Features.Audit;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Deliveries;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Letters;

public sealed record OrganisationSignatureView(
    Guid Id, string OrganisationName, string? OrganisationDomain, string SignerName, string? SignerRole, string Email,
    DateTime CreatedAt, DateTime? EmailVerifiedAt, DateTime? ConfirmedAt);

/// <summary>
/// Organisations whose representative confirmed from an address outside the organisation's domain wait for the
/// organizer. Approving counts them; rejecting removes the signature (and uncounts it if it had counted).
/// </summary>
public class OrganisationApprovals(IStringLocalizer<SharedResource> l, CampaignsDbContext db, LetterAccess access, AuditTrail audit, TimeProvider clock)
{
    public async Task<OrganizerResult<IReadOnlyList<OrganisationSignatureView>>> ListAsync(ClaimsPrincipal user, string slug, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.SignerData, ct);
        if (!grant.IsOk)
        {
            return grant.Fail<IReadOnlyList<OrganisationSignatureView>>();
        }
        var rows = await db.Signatures.AsNoTracking()
            .Where(s => s.CampaignId == grant.Value!.CampaignId && s.Kind == SignerKind.Organisation)
            .OrderBy(s => s.ConfirmedAt != null).ThenBy(s => s.CreatedAt)
            .Select(s => new OrganisationSignatureView(
                s.Id, s.OrganisationName ?? "", s.OrganisationDomain, s.Name, s.SignerRole, s.Email, s.CreatedAt, s.EmailVerifiedAt, s.ConfirmedAt))
            .ToListAsync(ct);
        return OrganizerResult<IReadOnlyList<OrganisationSignatureView>>.Ok(rows);
    }

    public async Task<OrganizerResult<bool>> ApproveAsync(ClaimsPrincipal user, string slug, Guid signatureId, CancellationToken ct)
    {
        var found = await FindAsync(user, slug, signatureId, ct);
        if (!found.IsOk)
        {
            return found.Fail<bool>();
        }
        if (found.Value!.Signature.EmailVerifiedAt is null)
        {
            return OrganizerResult<bool>.Conflict(l["The signer has not yet confirmed their email address; an organisation can be approved once they have."]);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var approved = await db.Signatures.Where(s => s.Id == signatureId && s.ConfirmedAt == null && s.InvalidationId == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.ConfirmedAt, now), ct);
        if (approved == 1)
        {
            db.CountDeltas.Add(new CountDelta { CampaignId = found.Value.Grant.CampaignId, Delta = 1, Organisation = true });
            await DeliveryPlanner.PlanAsync(db, signatureId, found.Value.Grant.CampaignId, now, ct);
            audit.Record(user, found.Value.Grant.OrganisationId, AuditAction.OrganisationApproved, slug);
            await db.SaveChangesAsync(ct);
        }
        await transaction.CommitAsync(ct);
        return OrganizerResult<bool>.Ok(true);
    }

    public async Task<OrganizerResult<bool>> RejectAsync(ClaimsPrincipal user, string slug, Guid signatureId, CancellationToken ct)
    {
        var found = await FindAsync(user, slug, signatureId, ct);
        if (!found.IsOk)
        {
            return found.Fail<bool>();
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var confirmed = await db.Signatures.ThatCount().Where(s => s.Id == signatureId).ExecuteDeleteAsync(ct);
        await db.Signatures.Where(s => s.Id == signatureId).ExecuteDeleteAsync(ct);
        if (confirmed == 1)
        {
            db.CountDeltas.Add(new CountDelta { CampaignId = found.Value!.Grant.CampaignId, Delta = -1, Organisation = true });
        }
        audit.Record(user, found.Value!.Grant.OrganisationId, AuditAction.OrganisationRejected, slug);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return OrganizerResult<bool>.Ok(true);
    }

    private sealed record Found(CampaignGrant Grant, Signature Signature);

    private async Task<OrganizerResult<Found>> FindAsync(ClaimsPrincipal user, string slug, Guid signatureId, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.Change, ct);
        if (!grant.IsOk)
        {
            return grant.Fail<Found>();
        }
        var signature = await db.Signatures.AsNoTracking()
            .SingleOrDefaultAsync(s => s.Id == signatureId && s.CampaignId == grant.Value!.CampaignId && s.Kind == SignerKind.Organisation, ct);
        return signature is null
            ? OrganizerResult<Found>.NotFound(l["This campaign has no such organisation signature."])
            : OrganizerResult<Found>.Ok(new Found(grant.Value!, signature));
    }
}
