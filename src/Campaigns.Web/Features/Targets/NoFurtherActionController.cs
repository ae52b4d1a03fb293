using Campaigns.Web.Features.Accounts;
using Campaigns.Web.Features.Organizer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Campaigns.Web.Features.Targets;

/// <summary>The "no further action" buttons of the organizer's campaign page.</summary>
[Authorize(Policy = IdentitySetup.OrganizerPolicy)]
[Route("organizer/campaigns/{slug}/targets/{targetId:guid}/no-further-action")]
public class NoFurtherActionController(NoFurtherAction.Handler handler) : Controller
{
    private const string ManageView = "/Features/Organizer/Views/Manage.cshtml";
    private const string UnavailableView = "/Features/Organizer/Views/Unavailable.cshtml";

    [HttpPost("")]
    public async Task<IActionResult> Mark(
        string slug, Guid targetId, [FromForm] NoFurtherAction.Request request, [FromServices] NoFurtherAction.Validator validator,
        [FromServices] OrganizerPages pages, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(request, ct);
        var result = validation.IsValid
            ? await handler.HandleAsync(User, slug, targetId, request, ct)
            : OrganizerResult<NoFurtherAction.State>.Invalid(validation.Errors);
        if (result.Outcome != OrganizerOutcome.Invalid)
        {
            return Done(slug, result);
        }
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError("", error.ErrorMessage);
        }
        var manage = await pages.ManageAsync(User, slug, null, 1, null, ct);
        if (!manage.IsOk)
        {
            return Done(slug, manage);
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(ManageView, manage.Value);
    }

    [HttpPost("lift")]
    public async Task<IActionResult> Lift(string slug, Guid targetId, CancellationToken ct) =>
        Done(slug, await handler.HandleAsync(User, slug, targetId, null, ct));

    private IActionResult Done<T>(string slug, OrganizerResult<T> result)
    {
        if (result.IsOk)
        {
            return Redirect($"/organizer/campaigns/{Uri.EscapeDataString(slug)}#targets");
        }
        Response.StatusCode = result.Outcome == OrganizerOutcome.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status404NotFound;
        return View(UnavailableView, result.Outcome);
    }
}
