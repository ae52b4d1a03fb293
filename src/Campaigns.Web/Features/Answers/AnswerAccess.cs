using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Answers;

public sealed record AnswerSubject(CampaignGrant Campaign, Guid TargetId, string TargetName);

/// <summary>One official of a campaign, when the user may change what the campaign records of them.</summary>
public class AnswerAccess(IStringLocalizer<SharedResource> l, CampaignsDbContext db, CampaignAccess access)
{
    public async Task<OrganizerResult<AnswerSubject>> CheckAsync(ClaimsPrincipal user, string slug, Guid targetId, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.Change, ct);
        if (!grant.IsOk)
        {
            return grant.Fail<AnswerSubject>();
        }
        var name = await db.CampaignTargets.AsNoTracking()
            .Where(t => t.CampaignId == grant.Value!.CampaignId && t.TargetId == targetId)
            .Select(t => t.Target!.Name).SingleOrDefaultAsync(ct);
        return name is null
            ? OrganizerResult<AnswerSubject>.NotFound(l["This campaign does not address that target."])
            : OrganizerResult<AnswerSubject>.Ok(new AnswerSubject(grant.Value!, targetId, name));
    }
}
