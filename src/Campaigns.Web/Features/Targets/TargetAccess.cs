using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Targets;

/// <summary>A target belongs to one organisation: its members (as their role allows) and admins may see and change it.</summary>
public class TargetAccess(IStringLocalizer<SharedResource> l, CampaignsDbContext db, CampaignAccess campaigns, OrganisationAccess access)
{
    public const string NotYours = "Only members of the organisation whose directory holds this target can see or change it.";

    public async Task<IReadOnlyList<Guid>> OrganisationIdsAsync(ClaimsPrincipal user, AccessNeed need, CancellationToken ct) =>
        (await campaigns.OrganisationsAsync(user, need, ct)).Select(o => o.Id).ToList();

    /// <summary>The target, tracked so the caller can change it, when the user may.</summary>
    public async Task<OrganizerResult<Target>> FindAsync(ClaimsPrincipal user, Guid id, AccessNeed need, CancellationToken ct)
    {
        var target = await db.Targets.SingleOrDefaultAsync(t => t.Id == id, ct);
        if (target is null)
        {
            return OrganizerResult<Target>.NotFound(l["There is no target with this id."]);
        }
        var allowed = await access.CheckAsync(user, target.OrganisationId, need, l[NotYours], ct);
        return allowed.IsOk ? OrganizerResult<Target>.Ok(target) : allowed.Fail<Target>();
    }

    public async Task<OrganizerResult<Guid>> ChooseOrganisationAsync(ClaimsPrincipal user, Guid? requested, CancellationToken ct)
    {
        var organisations = await OrganisationIdsAsync(user, AccessNeed.Change, ct);
        if (requested is { } id)
        {
            return organisations.Contains(id) ? OrganizerResult<Guid>.Ok(id)
                : await access.RoleAsync(user, id, ct) is not null ? OrganizerResult<Guid>.Forbidden(access.Refusal(AccessNeed.Change))
                : user.IsInRole(Roles.Admin) ? OrganizerResult<Guid>.Invalid(nameof(TargetRequest.OrganisationId), l["There is no organisation with this id."])
                : OrganizerResult<Guid>.Forbidden(l["You can only add targets to the directory of an organisation you belong to."]);
        }
        return organisations.Count switch
        {
            1 => OrganizerResult<Guid>.Ok(organisations[0]),
            0 when await access.OnlyLooksAsync(user, ct) => OrganizerResult<Guid>.Forbidden(access.Refusal(AccessNeed.Change)),
            0 => OrganizerResult<Guid>.Forbidden(l["Your account does not belong to an organisation yet. Ask an administrator to add you to one."]),
            _ => OrganizerResult<Guid>.Invalid(nameof(TargetRequest.OrganisationId), l["Choose which of your organisations' directories the target goes in."]),
        };
    }
}
