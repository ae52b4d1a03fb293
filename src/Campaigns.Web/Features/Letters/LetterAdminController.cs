using Campaigns.Web.Features.Accounts;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Campaigns.Web.Features.Letters;

/// <summary>The organizer's page for a letter: its settings, signatory groups and listed names, and organisations waiting for approval.</summary>
[Authorize(Policy = IdentitySetup.OrganizerPolicy)]
[Route("organizer/campaigns/{slug}/letter")]
public class LetterAdminController(LetterAdminPages pages) : Controller
{
    private const string PageView = "/Features/Letters/Views/Admin.cshtml";

    [HttpGet("")]
    public Task<IActionResult> Show(string slug, CancellationToken ct) => RenderAsync(slug, null, ct);

    [HttpPost("")]
    public async Task<IActionResult> Save(
        string slug, [FromForm] LetterSettings form, [FromServices] LetterSettings.Validator validator,
        [FromServices] UpdateLetterSettings.Handler handler, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        var result = validation.IsValid ? await handler.HandleAsync(User, slug, form, ct) : OrganizerResult<LetterSettings>.Invalid(validation.Errors);
        return await AfterAsync(slug, result, form, ct);
    }

    [HttpPost("groups")]
    public async Task<IActionResult> AddGroup(
        string slug, [FromForm] GroupInput form, [FromServices] GroupInput.Validator validator, [FromServices] SignatoryGroupCommands groups, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        return await AfterAsync(slug, validation.IsValid ? await groups.CreateAsync(User, slug, form, ct) : OrganizerResult<SignatoryGroupView>.Invalid(validation.Errors), null, ct);
    }

    [HttpPost("groups/{groupId:guid}/delete")]
    public async Task<IActionResult> DeleteGroup(string slug, Guid groupId, [FromServices] SignatoryGroupCommands groups, CancellationToken ct) =>
        await AfterAsync(slug, await groups.DeleteAsync(User, slug, groupId, ct), null, ct);

    [HttpPost("groups/{groupId:guid}/signatories")]
    public async Task<IActionResult> AddSignatory(
        string slug, Guid groupId, [FromForm] SignatoryInput form, [FromServices] SignatoryInput.Validator validator,
        [FromServices] ListedSignatoryCommands signatories, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        return await AfterAsync(slug, validation.IsValid
            ? await signatories.AddAsync(User, slug, groupId, form, ct)
            : OrganizerResult<ListedSignatoryView>.Invalid(validation.Errors), null, ct);
    }

    [HttpPost("groups/{groupId:guid}/signatories/{signatoryId:guid}/delete")]
    public async Task<IActionResult> RemoveSignatory(string slug, Guid groupId, Guid signatoryId, [FromServices] ListedSignatoryCommands signatories, CancellationToken ct) =>
        await AfterAsync(slug, await signatories.RemoveAsync(User, slug, groupId, signatoryId, ct), null, ct);

    /// <summary>Moves a listed signatory one place up (or down), for organizers without drag and drop.</summary>
    [HttpPost("groups/{groupId:guid}/signatories/{signatoryId:guid}/move")]
    public async Task<IActionResult> MoveSignatory(
        string slug, Guid groupId, Guid signatoryId, [FromForm] string? direction, [FromServices] SignatoryGroupCommands groups,
        [FromServices] ListedSignatoryCommands signatories, CancellationToken ct)
    {
        var list = await groups.ListAsync(User, slug, ct);
        var order = list.Value?.SingleOrDefault(g => g.Id == groupId)?.Signatories.Select(s => s.Id).ToList() ?? [];
        var at = order.IndexOf(signatoryId);
        var to = direction == "down" ? at + 1 : at - 1;
        if (at >= 0 && to >= 0 && to < order.Count)
        {
            (order[at], order[to]) = (order[to], order[at]);
        }
        return await AfterAsync(slug, await signatories.ReorderAsync(User, slug, groupId, order, ct), null, ct);
    }

    [HttpPost("organisations/{signatureId:guid}/approve")]
    public async Task<IActionResult> Approve(string slug, Guid signatureId, [FromServices] OrganisationApprovals approvals, CancellationToken ct) =>
        await AfterAsync(slug, await approvals.ApproveAsync(User, slug, signatureId, ct), null, ct);

    [HttpPost("organisations/{signatureId:guid}/reject")]
    public async Task<IActionResult> Reject(string slug, Guid signatureId, [FromServices] OrganisationApprovals approvals, CancellationToken ct) =>
        await AfterAsync(slug, await approvals.RejectAsync(User, slug, signatureId, ct), null, ct);

    [HttpGet("signatories.csv")]
    [EnableRateLimiting(RateLimits.SignerExports)]
    public async Task<IActionResult> Export(string slug, [FromServices] SignatoriesExport export, CancellationToken ct)
    {
        var result = await export.HandleAsync(User, slug, ct);
        return result.IsOk ? new SignatoriesCsvResult(result.Value!) : StatusCode(StatusOf(result.Outcome));
    }

    private async Task<IActionResult> AfterAsync<T>(string slug, OrganizerResult<T> result, LetterSettings? typed, CancellationToken ct)
    {
        if (result.IsOk)
        {
            return RedirectToAction(nameof(Show), new { slug });
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

    private async Task<IActionResult> RenderAsync(string slug, LetterSettings? typed, CancellationToken ct)
    {
        var page = await pages.BuildAsync(User, slug, typed, ct);
        if (page.IsOk)
        {
            return View(PageView, page.Value);
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
