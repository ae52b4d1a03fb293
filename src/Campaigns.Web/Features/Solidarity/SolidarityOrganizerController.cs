using Campaigns.Web.Domain;
using Campaigns.Web.Features.Accounts;
using Campaigns.Web.Features.Organizer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Campaigns.Web.Features.Solidarity;

[Authorize(Policy = IdentitySetup.OrganizerPolicy)]
[Route("organizer/cases/{slug}/messages")]
public class SolidarityOrganizerController(MessageModeration moderation) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, CancellationToken ct)
    {
        var result = await moderation.ListAsync(User, slug, ct);
        return result.IsOk ? View("/Features/Solidarity/Views/Review.cshtml", result.Value) : Refused(result);
    }

    [HttpPost("{id:guid}/approve")]
    public async Task<IActionResult> Approve(string slug, Guid id, CancellationToken ct) =>
        Done(slug, await moderation.ReviewAsync(User, slug, id, MessageReview.Approved, ct));

    [HttpPost("{id:guid}/reject")]
    public async Task<IActionResult> Reject(string slug, Guid id, CancellationToken ct) =>
        Done(slug, await moderation.ReviewAsync(User, slug, id, MessageReview.Rejected, ct));

    [HttpGet("print")]
    public async Task<IActionResult> Print(string slug, [FromServices] PrintBundle bundle, CancellationToken ct)
    {
        var result = await bundle.BuildAsync(User, slug, ct);
        return result.IsOk ? View("/Features/Solidarity/Views/Print.cshtml", result.Value) : Refused(result);
    }

    private IActionResult Done<T>(string slug, OrganizerResult<T> result) =>
        result.IsOk ? Redirect($"/organizer/cases/{Uri.EscapeDataString(slug)}/messages") : Refused(result);

    private ViewResult Refused<T>(OrganizerResult<T> result)
    {
        Response.StatusCode = result.Outcome == OrganizerOutcome.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status404NotFound;
        return View("/Features/Cases/Views/Unavailable.cshtml", result.Outcome);
    }
}
