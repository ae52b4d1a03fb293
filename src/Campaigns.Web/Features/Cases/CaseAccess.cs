using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Cases;

public sealed record CaseGrant(Guid CaseId, string Slug, Guid OrganisationId);

/// <summary>Who may change a case: members of the organisation that keeps it, and admins.</summary>
public class CaseAccess(IStringLocalizer<SharedResource> l, CampaignsDbContext db)
{
    public async Task<OrganizerResult<CaseGrant>> CheckAsync(ClaimsPrincipal user, string slug, CancellationToken ct)
    {
        var found = await db.Cases.AsNoTracking()
            .Where(c => c.Slug == slug)
            .Select(c => new CaseGrant(c.Id, c.Slug, c.OrganisationId))
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return OrganizerResult<CaseGrant>.NotFound(l["There is no case '{0}'.", slug]);
        }
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        var allowed = user.IsInRole(Roles.Admin)
            || userId is not null && await db.OrganisationMembers.AnyAsync(m => m.OrganisationId == found.OrganisationId && m.UserId == userId, ct);
        return allowed
            ? OrganizerResult<CaseGrant>.Ok(found)
            : OrganizerResult<CaseGrant>.Forbidden(l["Only members of the organisation that keeps this case can change it."]);
    }
}
