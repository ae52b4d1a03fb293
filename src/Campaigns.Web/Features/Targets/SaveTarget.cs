using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Features.Audit;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Organizer;

namespace Campaigns.Web.Features.Targets;

/// <summary>Adds an official to an organisation's directory, or rewrites one already there.</summary>
public class SaveTarget(CampaignsDbContext db, TargetAccess access, AuditTrail audit, TimeProvider clock)
{
    public async Task<OrganizerResult<TargetDetails>> CreateAsync(ClaimsPrincipal user, TargetRequest request, CancellationToken ct)
    {
        var organisation = await access.ChooseOrganisationAsync(user, request.OrganisationId, ct);
        if (!organisation.IsOk)
        {
            return organisation.Fail<TargetDetails>();
        }
        var target = new Target { OrganisationId = organisation.Value, CreatedAt = clock.GetUtcNow().UtcDateTime };
        TargetWriter.Apply(target, request);
        db.Targets.Add(target);
        audit.Record(user, target.OrganisationId, AuditAction.TargetsChanged, target.Name, AuditDetails.TargetAdded);
        await db.SaveChangesAsync(ct);
        return OrganizerResult<TargetDetails>.Ok(TargetDetails.From(target));
    }

    public async Task<OrganizerResult<TargetDetails>> UpdateAsync(ClaimsPrincipal user, Guid id, TargetRequest request, CancellationToken ct)
    {
        var found = await access.FindAsync(user, id, AccessNeed.Change, ct);
        if (!found.IsOk)
        {
            return found.Fail<TargetDetails>();
        }
        TargetWriter.Apply(found.Value!, request);
        audit.Record(user, found.Value!.OrganisationId, AuditAction.TargetsChanged, found.Value.Name, AuditDetails.TargetEdited);
        await db.SaveChangesAsync(ct);
        return OrganizerResult<TargetDetails>.Ok(TargetDetails.From(found.Value!));
    }

    public async Task<OrganizerResult<TargetDetails>> GetAsync(ClaimsPrincipal user, Guid id, CancellationToken ct)
    {
        var found = await access.FindAsync(user, id, AccessNeed.See, ct);
        return found.IsOk ? OrganizerResult<TargetDetails>.Ok(TargetDetails.From(found.Value!)) : found.Fail<TargetDetails>();
    }

    /// <summary>
    /// A retired target stays on the campaigns that already address it, with its ledger, but no new campaign can
    /// take it. Retiring or restoring twice changes nothing.
    /// </summary>
    public async Task<OrganizerResult<TargetDetails>> SetRetiredAsync(ClaimsPrincipal user, Guid id, bool retired, CancellationToken ct)
    {
        var found = await access.FindAsync(user, id, AccessNeed.Change, ct);
        if (!found.IsOk)
        {
            return found.Fail<TargetDetails>();
        }
        var target = found.Value!;
        if (retired != target.RetiredAt is not null)
        {
            target.RetiredAt = retired ? clock.GetUtcNow().UtcDateTime : null;
            audit.Record(user, target.OrganisationId, AuditAction.TargetsChanged, target.Name, retired ? AuditDetails.TargetRetired : AuditDetails.TargetRestored);
            await db.SaveChangesAsync(ct);
        }
        return OrganizerResult<TargetDetails>.Ok(TargetDetails.From(target));
    }
}
