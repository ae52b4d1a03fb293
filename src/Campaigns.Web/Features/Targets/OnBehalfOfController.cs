using Campaigns.Web.Features.Accounts;
using Campaigns.Web.Features.Organizer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Campaigns.Web.Features.Targets;

/// <summary>The "addressed on behalf of" choice beside each target on the organizer's campaign page.</summary>
[Authorize(Policy = IdentitySetup.OrganizerPolicy)]
[Route("organizer/campaigns/{slug}/targets/{targetId:guid}/on-behalf-of")]
public class OnBehalfOfController(AddressOnBehalfOf.Handler handler, OrganizerPages pages) : Controller
{
    [HttpPost("")]
    public async Task<IActionResult> Save(string slug, Guid targetId, [FromForm] AddressOnBehalfOf.Request request, CancellationToken ct)
    {
        var result = await handler.HandleAsync(User, slug, targetId, request, ct);
        if (result.IsOk)
        {
            return Redirect($"/organizer/campaigns/{Uri.EscapeDataString(slug)}#targets");
        }
        var manage = result.Outcome == OrganizerOutcome.Invalid ? await pages.ManageAsync(User, slug, null, 1, null, ct) : null;
        if (manage is not { IsOk: true })
        {
            Response.StatusCode = result.Outcome == OrganizerOutcome.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status404NotFound;
            return View("/Features/Organizer/Views/Unavailable.cshtml", result.Outcome);
        }
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError("", error.ErrorMessage);
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("/Features/Organizer/Views/Manage.cshtml", manage.Value);
    }
}
