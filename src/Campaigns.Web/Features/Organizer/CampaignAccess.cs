using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Organizer;

public sealed record CampaignGrant(Guid CampaignId, string Slug, CampaignStatus Status, Guid OrganisationId);

public sealed record OrganisationChoice(Guid Id, string Name, string Slug);

/// <summary>
/// Who may see or change a campaign: members of the organisation that runs it, as their role allows, and admins.
/// Every organizer endpoint and page asks here, saying what it needs, so the rule lives in one place.
/// </summary>
public class CampaignAccess(IStringLocalizer<SharedResource> l, CampaignsDbContext db, OrganisationAccess organisations)
{
    public async Task<OrganizerResult<CampaignGrant>> CheckAsync(ClaimsPrincipal user, string slug, AccessNeed need, CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking()
            .Where(c => c.Slug == slug)
            .Select(c => new CampaignGrant(c.Id, c.Slug, c.Status, c.OrganisationId))
            .SingleOrDefaultAsync(ct);
        if (campaign is null)
        {
            return OrganizerResult<CampaignGrant>.NotFound(l["There is no campaign '{0}'.", slug]);
        }
        var allowed = await organisations.CheckAsync(
            user, campaign.OrganisationId, need, l["Only members of the organisation that runs this campaign can see or change it."], ct);
        return allowed.IsOk ? OrganizerResult<CampaignGrant>.Ok(campaign) : allowed.Fail<CampaignGrant>();
    }

    /// <summary>The organisations in which the user may do what they need (every one for an admin).</summary>
    public async Task<IReadOnlyList<OrganisationChoice>> OrganisationsAsync(ClaimsPrincipal user, AccessNeed need, CancellationToken ct) =>
        await organisations.Where(user, need).OrderBy(o => o.Name).Select(o => new OrganisationChoice(o.Id, o.Name, o.Slug)).ToListAsync(ct);

    /// <summary>The organisation a new campaign, case or series goes to: one the user may change things in.</summary>
    public async Task<OrganizerResult<Guid>> ChooseOrganisationAsync(ClaimsPrincipal user, Guid? requested, CancellationToken ct)
    {
        var choices = await OrganisationsAsync(user, AccessNeed.Change, ct);
        if (requested is { } id)
        {
            return choices.Any(o => o.Id == id) ? OrganizerResult<Guid>.Ok(id)
                : OrganisationAccess.IsAdmin(user) ? OrganizerResult<Guid>.Invalid("OrganisationId", l["There is no organisation with this id."])
                : await organisations.RoleAsync(user, id, ct) is not null ? OrganizerResult<Guid>.Forbidden(organisations.Refusal(AccessNeed.Change))
                : OrganizerResult<Guid>.Forbidden(l["You can only create campaigns for an organisation you belong to."]);
        }
        return choices.Count switch
        {
            1 => OrganizerResult<Guid>.Ok(choices[0].Id),
            0 when await organisations.OnlyLooksAsync(user, ct) => OrganizerResult<Guid>.Forbidden(organisations.Refusal(AccessNeed.Change)),
            0 => OrganizerResult<Guid>.Forbidden(l["Your account does not belong to an organisation yet. Ask an administrator to add you to one."]),
            _ => OrganizerResult<Guid>.Invalid("OrganisationId", l["Choose which of your organisations runs this campaign."]),
        };
    }
}
