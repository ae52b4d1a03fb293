using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Letters;

/// <summary>An organizer's access to a letter campaign's signatories: petitions have none, and a closed campaign's list is final.</summary>
public class LetterAccess(IStringLocalizer<SharedResource> l, CampaignsDbContext db, CampaignAccess access)
{
    public async Task<OrganizerResult<CampaignGrant>> CheckAsync(ClaimsPrincipal user, string slug, AccessNeed need, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, need, ct);
        if (!grant.IsOk)
        {
            return grant;
        }
        var kind = await db.Campaigns.Where(c => c.Id == grant.Value!.CampaignId).Select(c => c.Kind).SingleAsync(ct);
        if (kind == CampaignKind.Petition)
        {
            return OrganizerResult<CampaignGrant>.Conflict(l["A petition has no signatory groups; they belong to letters and joint statements."]);
        }
        if (need == AccessNeed.Change && grant.Value!.Status == CampaignStatus.Closed)
        {
            return OrganizerResult<CampaignGrant>.Conflict(l["A closed campaign's signatories can no longer be changed."]);
        }
        return grant;
    }
}
