using Campaigns.Web.Features.Accounts;
using Campaigns.Web.Features.Organizer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Campaigns.Web.Features.Members;

/// <summary>An organisation's members page: everyone sees who belongs; owners invite, change roles and remove.</summary>
[Authorize(Policy = IdentitySetup.OrganizerPolicy)]
[Route("organizer/organisations/{slug}/members")]
public class MembersController(ListMembers.Handler members) : Controller
{
    [HttpGet("")]
    public Task<IActionResult> Index(string slug, CancellationToken ct) => RenderAsync(slug, null, ct);

    [HttpPost("invitations")]
    public async Task<IActionResult> Invite(
        string slug, [FromForm] InvitationRequest form, [FromServices] InvitationRequest.Validator validator,
        [FromServices] InviteMember handler, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        var result = validation.IsValid ? await handler.HandleAsync(User, slug, form, ct) : OrganizerResult<ListMembers.Invitation>.Invalid(validation.Errors);
        return await AfterAsync(slug, result, form, ct);
    }

    [HttpPost("invitations/{id:guid}/cancel")]
    public async Task<IActionResult> Cancel(string slug, Guid id, [FromServices] CancelInvitation handler, CancellationToken ct) =>
        await AfterAsync(slug, await handler.HandleAsync(User, slug, id, ct), null, ct);

    [HttpPost("{userId}/role")]
    public async Task<IActionResult> ChangeRole(
        string slug, string userId, [FromForm] RoleRequest form, [FromServices] RoleRequest.Validator validator,
        [FromServices] ChangeMemberRole handler, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        var result = validation.IsValid
            ? await handler.HandleAsync(User, slug, userId, form.Role!.Value, ct)
            : OrganizerResult<Domain.MemberRole>.Invalid(validation.Errors);
        return await AfterAsync(slug, result, null, ct);
    }

    [HttpPost("{userId}/remove")]
    public async Task<IActionResult> Remove(string slug, string userId, [FromServices] RemoveMember handler, CancellationToken ct) =>
        await AfterAsync(slug, await handler.RemoveAsync(User, slug, userId, ct), null, ct);

    [HttpPost("leave")]
    [OpenToViewers]
    public async Task<IActionResult> Leave(string slug, [FromServices] RemoveMember handler, CancellationToken ct)
    {
        var result = await handler.LeaveAsync(User, slug, ct);
        return result.IsOk ? LocalRedirect("/organizer") : await AfterAsync(slug, result, null, ct);
    }

    private async Task<IActionResult> AfterAsync<T>(string slug, OrganizerResult<T> result, InvitationRequest? typed, CancellationToken ct)
    {
        if (result.IsOk)
        {
            return RedirectToAction(nameof(Index), new { slug });
        }
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
        }
        if (result.Message.Length > 0)
        {
            ModelState.AddModelError("", result.Message);
        }
        Response.StatusCode = StatusOf(result.Outcome);
        return await RenderAsync(slug, typed, ct);
    }

    private async Task<IActionResult> RenderAsync(string slug, InvitationRequest? typed, CancellationToken ct)
    {
        var page = await members.HandleAsync(User, slug, ct);
        if (page.IsOk)
        {
            return View("/Features/Members/Views/Index.cshtml", new MembersPage(page.Value!, typed ?? new InvitationRequest()));
        }
        Response.StatusCode = StatusOf(page.Outcome);
        return View("/Features/Organizer/Views/Unavailable.cshtml", page.Outcome);
    }

    private static int StatusOf(OrganizerOutcome outcome) => outcome switch
    {
        OrganizerOutcome.NotFound => StatusCodes.Status404NotFound,
        OrganizerOutcome.Forbidden => StatusCodes.Status403Forbidden,
        OrganizerOutcome.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };
}

public sealed record MembersPage(ListMembers.Response Members, InvitationRequest Invitation);
