using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Features.Campaigns;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Targets;

/// <summary>
/// Says on whose behalf a campaign addresses one target (one of the people the campaign is about), so that
/// ending action for that person holds the letters to this target while the others continue.
/// </summary>
public static class AddressOnBehalfOf
{
    public sealed record Request
    {
        /// <summary>The slug of one of the campaign's people; empty or null addresses the target about all of them.</summary>
        public string? CaseSlug { get; init; }
    }

    public sealed record State(Guid TargetId, string Name, string? OnBehalfOfCaseSlug, string? OnBehalfOfName);

    public class Handler(IStringLocalizer<SharedResource> l, CampaignsDbContext db, CampaignAccess access, CampaignDirectory directory)
    {
        public async Task<OrganizerResult<State>> HandleAsync(ClaimsPrincipal user, string slug, Guid targetId, Request request, CancellationToken ct)
        {
            var grant = await access.CheckAsync(user, slug, AccessNeed.Change, ct);
            if (!grant.IsOk)
            {
                return grant.Fail<State>();
            }
            var campaignId = grant.Value!.CampaignId;
            var link = await db.CampaignTargets.Include(t => t.Target)
                .SingleOrDefaultAsync(t => t.CampaignId == campaignId && t.TargetId == targetId, ct);
            if (link is null)
            {
                return OrganizerResult<State>.NotFound(l["This campaign does not address that target."]);
            }
            var caseSlug = string.IsNullOrWhiteSpace(request.CaseSlug) ? null : request.CaseSlug.Trim();
            var person = caseSlug is null ? null : await db.CampaignCases.AsNoTracking()
                .Where(c => c.CampaignId == campaignId && c.Case!.Slug == caseSlug)
                .Select(c => new { c.CaseId, c.Case!.Name })
                .SingleOrDefaultAsync(ct);
            if (caseSlug is not null && person is null)
            {
                return OrganizerResult<State>.Invalid(nameof(Request.CaseSlug), l["Choose one of the people this campaign is about."]);
            }
            link.OnBehalfOfCaseId = person?.CaseId;
            await db.SaveChangesAsync(ct);
            directory.Forget(slug);
            return OrganizerResult<State>.Ok(new State(targetId, link.Target!.Name, person is null ? null : caseSlug, person?.Name));
        }
    }
}
