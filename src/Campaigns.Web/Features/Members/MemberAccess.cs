using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Members;

public sealed record OrganisationGrant(Guid Id, string Slug, string Name);

/// <summary>Who may see an organisation's members (its members, admins) and manage them (owners, admins).</summary>
public class MemberAccess(IStringLocalizer<SharedResource> l, CampaignsDbContext db, OrganisationAccess access)
{
    public async Task<OrganizerResult<OrganisationGrant>> CheckAsync(ClaimsPrincipal user, string slug, AccessNeed need, CancellationToken ct)
    {
        var found = await db.Organisations.AsNoTracking()
            .Where(o => o.Slug == slug)
            .Select(o => new OrganisationGrant(o.Id, o.Slug, o.Name))
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return OrganizerResult<OrganisationGrant>.NotFound(l["There is no organisation '{0}'.", slug]);
        }
        var allowed = await access.CheckAsync(user, found.Id, need, l["Only members of this organisation can see its members."], ct);
        return allowed.IsOk ? OrganizerResult<OrganisationGrant>.Ok(found) : allowed.Fail<OrganisationGrant>();
    }
}
