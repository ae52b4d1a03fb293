using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Features.Organizer;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Cases;

public static class GetMyCase
{
    public class Handler(CaseAccess access, CaseQueries queries)
    {
        public async Task<OrganizerResult<CaseDetail>> HandleAsync(ClaimsPrincipal user, string slug, CancellationToken ct)
        {
            var grant = await access.CheckAsync(user, slug, AccessNeed.See, ct);
            return grant.IsOk ? OrganizerResult<CaseDetail>.Ok(await queries.LoadAsync(grant.Value!.CaseId, ct)) : grant.Fail<CaseDetail>();
        }
    }
}

public static class ListMyCases
{
    public class Handler(CampaignsDbContext db, CampaignAccess access)
    {
        public async Task<MyCaseList> HandleAsync(ClaimsPrincipal user, CancellationToken ct)
        {
            var ids = (await access.OrganisationsAsync(user, AccessNeed.See, ct)).Select(o => o.Id).ToList();
            var items = await db.Cases.AsNoTracking()
                .Where(c => ids.Contains(c.OrganisationId))
                .OrderBy(c => c.Name)
                .Select(c => new MyCaseItem(
                    c.Slug, c.Name, c.NativeName, c.Status,
                    db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.Name).Single(),
                    c.Updates.Count, c.CreatedAt))
                .ToListAsync(ct);
            return new MyCaseList(items);
        }
    }
}
