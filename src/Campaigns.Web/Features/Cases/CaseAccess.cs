using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Cases;

public sealed record CaseGrant(Guid CaseId, string Slug, Guid OrganisationId);

/// <summary>Who may see or change a case: members of the organisation that keeps it, as their role allows, and admins.</summary>
public class CaseAccess(IStringLocalizer<SharedResource> l, CampaignsDbContext db, OrganisationAccess organisations)
{
    public async Task<OrganizerResult<CaseGrant>> CheckAsync(ClaimsPrincipal user, string slug, AccessNeed need, CancellationToken ct)
    {
        var found = await db.Cases.AsNoTracking()
            .Where(c => c.Slug == slug)
            .Select(c => new CaseGrant(c.Id, c.Slug, c.OrganisationId))
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return OrganizerResult<CaseGrant>.NotFound(l["There is no case '{0}'.", slug]);
        }
        var allowed = await organisations.CheckAsync(
            user, found.OrganisationId, need, l["Only members of the organisation that keeps this case can change it."], ct);
        return allowed.IsOk ? OrganizerResult<CaseGrant>.Ok(found) : allowed.Fail<CaseGrant>();
    }
}
