using Campaigns.Web.Features.Accounts;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Features.Members;
using FluentValidation.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Campaigns.Web.Features.Organizer;

[Authorize(Policy = IdentitySetup.OrganizerPolicy)]
[Route("organizer")]
public class OrganizerController(OrganizerPages pages) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(
        [FromServices] ListMyCampaigns.Handler handler, [FromServices] AcceptInvitation invitations, CancellationToken ct) =>
        View(new OrganizerHome(await handler.HandleAsync(User, ct), await invitations.ForAsync(User, ct)));

    [HttpGet("campaigns/new")]
    public async Task<IActionResult> New(CancellationToken ct) =>
        View(await pages.FormAsync(User, new CampaignForm().WithBlankRows(), ct));

    [HttpPost("campaigns/new")]
    public async Task<IActionResult> Create(
        [FromForm] CampaignForm form, [FromServices] CreateCampaign.Validator validator, [FromServices] CreateCampaign.Handler handler,
        CancellationToken ct)
    {
        if (form.WantsMoreTargets)
        {
            ModelState.Clear();
            return View(nameof(New), await pages.FormAsync(User, form.WithBlankRows(extra: CampaignForm.RowsOffered), ct));
        }
        var request = form.ToCreateRequest();
        var validation = await validator.ValidateAsync(request, ct);
        AddErrors(form, validation.Errors);
        if (ModelState.IsValid)
        {
            var result = await handler.HandleAsync(User, request, ct);
            if (result.IsOk)
            {
                return RedirectToAction(nameof(Manage), new { slug = result.Value!.Slug });
            }
            AddErrors(form, result.Outcome switch
            {
                OrganizerOutcome.Invalid => result.Errors,
                OrganizerOutcome.Conflict => [new ValidationFailure(nameof(form.Slug), result.Message)],
                _ => [new ValidationFailure("", result.Message)],
            });
            Response.StatusCode = StatusOf(result.Outcome);
        }
        else
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return View(nameof(New), await pages.FormAsync(User, form.WithBlankRows(), ct));
    }

    [HttpGet("campaigns/{slug}")]
    public async Task<IActionResult> Manage(string slug, string? status, int page = 1, CancellationToken ct = default) =>
        await ManageViewAsync(slug, status, page, null, ct);

    [HttpPost("campaigns/{slug}/publish")]
    public async Task<IActionResult> Publish(string slug, [FromServices] PublishCampaign.Handler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(User, slug, ct);
        return result.IsOk ? RedirectToAction(nameof(Manage), new { slug }) : await RefusedAsync(slug, result, null, ct);
    }

    [HttpPost("campaigns/{slug}/close")]
    public async Task<IActionResult> Close(
        string slug, [FromForm] CloseCampaign.Request request, [FromServices] CloseCampaign.Validator validator,
        [FromServices] CloseCampaign.Handler handler, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(request, ct);
        var result = validation.IsValid
            ? await handler.HandleAsync(User, slug, request, ct)
            : OrganizerResult<OrganizerCampaign>.Invalid(validation.Errors);
        return result.IsOk ? RedirectToAction(nameof(Manage), new { slug }) : await RefusedAsync(slug, result, request.ClosingMessage, ct);
    }

    [HttpGet("campaigns/{slug}/edit")]
    public async Task<IActionResult> Edit(string slug, [FromServices] GetCampaign.Handler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(User, slug, ct);
        return result.IsOk ? View(await pages.FormAsync(User, CampaignForm.From(result.Value!), ct)) : Unavailable(result);
    }

    [HttpPost("campaigns/{slug}/edit")]
    public async Task<IActionResult> Update(
        string slug, [FromForm] CampaignForm form, [FromServices] UpdateCampaign.Validator validator,
        [FromServices] UpdateCampaign.Handler handler, CancellationToken ct)
    {
        var request = form.ToUpdateRequest();
        var validation = await validator.ValidateAsync(request, ct);
        AddErrors(form, validation.Errors);
        if (ModelState.IsValid)
        {
            var result = await handler.HandleAsync(User, slug, request, ct);
            if (result.IsOk)
            {
                return RedirectToAction(nameof(Manage), new { slug });
            }
            if (result.Outcome is OrganizerOutcome.NotFound or OrganizerOutcome.Forbidden)
            {
                return Unavailable(result);
            }
            AddErrors(form, result.Errors);
            ModelState.AddModelError("", result.Message);
            Response.StatusCode = StatusOf(result.Outcome);
        }
        else
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return View(nameof(Edit), await pages.EditFormAsync(User, slug, form, ct));
    }

    [HttpGet("campaigns/{slug}/signatures.csv")]
    [EnableRateLimiting(RateLimits.SignerExports)]
    public async Task<IActionResult> Export(string slug, string? status, [FromServices] ExportSignatures.Handler handler, CancellationToken ct)
    {
        var result = await handler.HandleAsync(User, slug, status, ct);
        return result.Outcome switch
        {
            OrganizerOutcome.Ok => new SignatureCsvResult(result.Value!),
            OrganizerOutcome.Invalid => BadRequest(),
            _ => Unavailable(result),
        };
    }

    private async Task<IActionResult> ManageViewAsync(string slug, string? status, int page, string? closingMessage, CancellationToken ct)
    {
        var result = await pages.ManageAsync(User, slug, status, page, closingMessage, ct);
        return result.IsOk ? View(nameof(Manage), result.Value) : Unavailable(result);
    }

    // A refused change re-renders the manage page with the reason, keeping what the organizer typed.
    private async Task<IActionResult> RefusedAsync(string slug, OrganizerResult<OrganizerCampaign> result, string? closingMessage, CancellationToken ct)
    {
        if (result.Outcome is OrganizerOutcome.NotFound or OrganizerOutcome.Forbidden)
        {
            return Unavailable(result);
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
        return await ManageViewAsync(slug, null, 1, closingMessage, ct);
    }

    private ViewResult Unavailable<T>(OrganizerResult<T> result)
    {
        Response.StatusCode = StatusOf(result.Outcome);
        return View(nameof(Unavailable), result.Outcome);
    }

    private void AddErrors(CampaignForm form, IEnumerable<ValidationFailure> errors)
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError(form.FieldOf(error.PropertyName), error.ErrorMessage);
        }
    }

    private static int StatusOf(OrganizerOutcome outcome) => outcome switch
    {
        OrganizerOutcome.NotFound => StatusCodes.Status404NotFound,
        OrganizerOutcome.Forbidden => StatusCodes.Status403Forbidden,
        OrganizerOutcome.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };
}

/// <summary>The organizer's dashboard: their campaigns and organisations, and invitations waiting for their address.</summary>
public sealed record OrganizerHome(ListMyCampaigns.Response Campaigns, IReadOnlyList<(InvitationView Invitation, string Code)> Invitations);
