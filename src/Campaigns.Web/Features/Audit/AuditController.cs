using Campaigns.Web.Features.Accounts;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Campaigns.Web.Features.Audit;

[Authorize(Policy = IdentitySetup.OrganizerPolicy)]
[Route("organizer/organisations/{slug}/audit")]
public class AuditController(AuditLog log) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, int page = 1, CancellationToken ct = default)
    {
        var result = await log.ReadAsync(User, slug, Math.Clamp(page, 1, Paging.MaxPage), ct);
        if (result.IsOk)
        {
            return View(result.Value);
        }
        Response.StatusCode = result.Outcome == OrganizerOutcome.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status404NotFound;
        return View("Unavailable", result.Message);
    }
}
