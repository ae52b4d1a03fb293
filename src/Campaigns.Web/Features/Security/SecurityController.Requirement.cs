using Campaigns.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Campaigns.Web.Features.Security;

public partial class SecurityController
{
    [Authorize]
    [HttpPost("security/organisations/{slug}/two-factor")]
    [EnableRateLimiting(RateLimits.Accounts)]
    public async Task<IActionResult> Requirement(
        string slug, [FromForm] bool require, [FromServices] OrganisationTwoFactor requirement,
        [FromServices] SecurityOverviewQuery query, CancellationToken ct)
    {
        var outcome = await requirement.SetAsync(User, slug, require, ct);
        if (outcome == OrganisationTwoFactor.Outcome.Changed)
        {
            return LocalRedirect(SecurityPaths.Overview);
        }
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        var page = View(nameof(Index), await query.LoadAsync(User, user, ct));
        if (outcome == OrganisationTwoFactor.Outcome.NotOwner)
        {
            ModelState.AddModelError("", l["Only an owner of the organisation can change this."]);
            Response.StatusCode = StatusCodes.Status403Forbidden;
            return page;
        }
        return Refused(page, "", l["Set up two-step verification for your own account first, then require it of every member."]);
    }
}
