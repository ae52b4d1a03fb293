using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Organizer;

public sealed record CampaignGrant(Guid CampaignId, string Slug, CampaignStatus Status, Guid OrganisationId);

public sealed record OrganisationChoice(Guid Id, string Name);

/// <summary>
/// Who may see or change a campaign: members of the organisation that runs it, and admins.
/// Every organizer endpoint and page asks here, so the rule lives in one place.
/// </summary>
public class CampaignAccess(IStringLocalizer<SharedResource> l, CampaignsDbContext db)
{
    public async Task<OrganizerResult<CampaignGrant>> CheckAsync(ClaimsPrincipal user, string slug, CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking()
            .Where(c => c.Slug == slug)
            .Select(c => new CampaignGrant(c.Id, c.Slug, c.Status, c.OrganisationId))
            .SingleOrDefaultAsync(ct);
        if (campaign is null)
        {
            return OrganizerResult<CampaignGrant>.NotFound(l["There is no campaign '{0}'.", slug]);
        }
        if (IsAdmin(user) || await IsMemberAsync(user, campaign.OrganisationId, ct))
        {
            return OrganizerResult<CampaignGrant>.Ok(campaign);
        }
        return OrganizerResult<CampaignGrant>.Forbidden(l["Only members of the organisation that runs this campaign can see or change it."]);
    }

    /// <summary>The organisations the user may run campaigns for: their own, or every one for an admin.</summary>
    public async Task<IReadOnlyList<OrganisationChoice>> OrganisationsAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        var userId = UserId(user);
        var organisations = IsAdmin(user)
            ? db.Organisations.AsNoTracking()
            : db.Organisations.AsNoTracking().Where(o => o.Members.Any(m => m.UserId == userId));
        return await organisations.OrderBy(o => o.Name).Select(o => new OrganisationChoice(o.Id, o.Name)).ToListAsync(ct);
    }

    public async Task<OrganizerResult<Guid>> ChooseOrganisationAsync(ClaimsPrincipal user, Guid? requested, CancellationToken ct)
    {
        var organisations = await OrganisationsAsync(user, ct);
        if (requested is { } id)
        {
            return organisations.Any(o => o.Id == id) ? OrganizerResult<Guid>.Ok(id)
                : IsAdmin(user) ? OrganizerResult<Guid>.Invalid("OrganisationId", l["There is no organisation with this id."])
                : OrganizerResult<Guid>.Forbidden(l["You can only create campaigns for an organisation you belong to."]);
        }
        return organisations.Count switch
        {
            1 => OrganizerResult<Guid>.Ok(organisations[0].Id),
            0 => OrganizerResult<Guid>.Forbidden(l["Your account does not belong to an organisation yet. Ask an administrator to add you to one."]),
            _ => OrganizerResult<Guid>.Invalid("OrganisationId", l["Choose which of your organisations runs this campaign."]),
        };
    }

    private async Task<bool> IsMemberAsync(ClaimsPrincipal user, Guid organisationId, CancellationToken ct)
    {
        var userId = UserId(user);
        return userId is not null && await db.OrganisationMembers.AnyAsync(m => m.OrganisationId == organisationId && m.UserId == userId, ct);
    }

    private static bool IsAdmin(ClaimsPrincipal user) => user.IsInRole(Roles.Admin);

    private static string? UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);
}
