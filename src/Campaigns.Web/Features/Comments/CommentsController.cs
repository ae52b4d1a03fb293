using Campaigns.Web.Domain;
using Campaigns.Web.Features.Accounts;
using Campaigns.Web.Features.Organizer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Campaigns.Web.Features.Comments;

[Authorize(Policy = IdentitySetup.OrganizerPolicy)]
[Route("organizer/campaigns/{slug}/comments")]
public class CommentsController(CommentModeration moderation) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, CancellationToken ct)
    {
        var result = await moderation.PageAsync(User, slug, ct);
        return result.IsOk ? View("/Features/Comments/Views/Index.cshtml", result.Value) : Refused(result);
    }

    [HttpPost("{id:guid}/approve")]
    public async Task<IActionResult> Approve(string slug, Guid id, CancellationToken ct) =>
        Done(slug, await moderation.ReviewAsync(User, slug, id, approve: true, ct));

    [HttpPost("{id:guid}/reject")]
    public async Task<IActionResult> Reject(string slug, Guid id, CancellationToken ct) =>
        Done(slug, await moderation.ReviewAsync(User, slug, id, approve: false, ct));

    [HttpPost("policy")]
    public async Task<IActionResult> Policy(string slug, [FromForm] CommentPolicy policy, CancellationToken ct) =>
        ModelState.IsValid && Enum.IsDefined(policy) ? Done(slug, await moderation.SetPolicyAsync(User, slug, policy, ct)) : BadRequest();

    private IActionResult Done(string slug, OrganizerResult<bool> result) =>
        result.IsOk ? Redirect($"/organizer/campaigns/{Uri.EscapeDataString(slug)}/comments") : Refused(result);

    private ViewResult Refused<T>(OrganizerResult<T> result)
    {
        Response.StatusCode = result.Outcome == OrganizerOutcome.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status404NotFound;
        return View("/Features/Organizer/Views/Unavailable.cshtml", result.Outcome);
    }
}
