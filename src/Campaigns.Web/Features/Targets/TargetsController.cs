using Campaigns.Web.Infrastructure;
using Campaigns.Web.Features.Accounts;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Targets;

[Authorize(Policy = IdentitySetup.OrganizerPolicy)]
[Route("organizer/targets")]
public class TargetsController(IStringLocalizer<SharedResource> l, TargetPages pages, SaveTarget save, TargetValidator validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(
        [FromServices] ListTargets.Handler handler, string? q, bool includeRetired = false, int page = 1, CancellationToken ct = default)
    {
        var request = new ListTargets.Request { Q = q?.Length > 200 ? q[..200] : q, IncludeRetired = includeRetired, Page = Math.Clamp(page, 1, Infrastructure.Paging.MaxPage) };
        return View(await handler.HandleAsync(User, request, ct));
    }

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken ct) =>
        View("Edit", await pages.FormAsync(User, new TargetForm(), null, ct));

    [HttpPost("new")]
    public async Task<IActionResult> Create([FromForm] TargetForm form, CancellationToken ct)
    {
        var (request, unreadable) = form.ToRequest(l);
        var errors = unreadable.Concat((await validator.ValidateAsync(request, ct)).Errors).ToList();
        var result = errors.Count == 0 ? await save.CreateAsync(User, request, ct) : OrganizerResult<TargetDetails>.Invalid(errors);
        return result.IsOk ? RedirectToAction(nameof(Index)) : await RefusedAsync(form, null, result, ct);
    }

    [HttpGet("{id:guid}/edit")]
    public async Task<IActionResult> Edit(Guid id, CancellationToken ct)
    {
        var found = await save.GetAsync(User, id, ct);
        return found.IsOk ? View(await pages.FormAsync(User, TargetForm.From(found.Value!), found.Value, ct)) : Unavailable(found);
    }

    [HttpPost("{id:guid}/edit")]
    public async Task<IActionResult> Update(Guid id, [FromForm] TargetForm form, CancellationToken ct)
    {
        var found = await save.GetAsync(User, id, ct);
        if (!found.IsOk)
        {
            return Unavailable(found);
        }
        var (request, unreadable) = form.ToRequest(l);
        var errors = unreadable.Concat((await validator.ValidateAsync(request, ct)).Errors).ToList();
        var result = errors.Count == 0 ? await save.UpdateAsync(User, id, request, ct) : OrganizerResult<TargetDetails>.Invalid(errors);
        return result.IsOk ? RedirectToAction(nameof(Index)) : await RefusedAsync(form, found.Value, result, ct);
    }

    [HttpPost("{id:guid}/retire")]
    public Task<IActionResult> Retire(Guid id, CancellationToken ct) => SetRetiredAsync(id, true, ct);

    [HttpPost("{id:guid}/restore")]
    public Task<IActionResult> Restore(Guid id, CancellationToken ct) => SetRetiredAsync(id, false, ct);

    [HttpGet("import")]
    public async Task<IActionResult> Import(CancellationToken ct) => View(await pages.ImportAsync(User, null, ct));

    [HttpPost("import")]
    [RequestSizeLimit(TargetCsv.MaxBytes + 64 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = TargetCsv.MaxBytes + 64 * 1024)]
    [RefuseCutOffUploads]
    public async Task<IActionResult> Upload(IFormFile? file, Guid? organisationId, [FromServices] ImportTargets.Handler handler, CancellationToken ct)
    {
        OrganizerResult<ImportTargets.Response> result;
        if (file is null || file.Length == 0)
        {
            result = OrganizerResult<ImportTargets.Response>.Invalid("File", l["Choose a CSV file to import."]);
        }
        else if (file.Length > TargetCsv.MaxBytes)
        {
            result = OrganizerResult<ImportTargets.Response>.Invalid("File", l["The file is larger than {0:N0} KB. Split it into smaller files.", TargetCsv.MaxBytes / 1024]);
        }
        else
        {
            result = await handler.HandleAsync(User, organisationId, await ImportFile.BytesAsync(file.OpenReadStream(), ct), ct);
        }
        if (result.Outcome is OrganizerOutcome.NotFound or OrganizerOutcome.Forbidden)
        {
            return Unavailable(result);
        }
        AddErrors(result);
        Response.StatusCode = result.IsOk ? StatusCodes.Status200OK : StatusCodes.Status400BadRequest;
        return View(nameof(Import), await pages.ImportAsync(User, result.Value?.Created, ct));
    }

    private async Task<IActionResult> SetRetiredAsync(Guid id, bool retired, CancellationToken ct)
    {
        var result = await save.SetRetiredAsync(User, id, retired, ct);
        return result.IsOk ? RedirectToAction(nameof(Index), new { includeRetired = true }) : Unavailable(result);
    }

    private async Task<IActionResult> RefusedAsync(TargetForm form, TargetDetails? existing, OrganizerResult<TargetDetails> result, CancellationToken ct)
    {
        if (result.Outcome is OrganizerOutcome.NotFound or OrganizerOutcome.Forbidden && result.Errors.Count == 0 && existing is not null)
        {
            return Unavailable(result);
        }
        AddErrors(result);
        Response.StatusCode = result.Outcome == OrganizerOutcome.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
        return View(nameof(Edit), await pages.FormAsync(User, form, existing, ct));
    }

    private void AddErrors<T>(OrganizerResult<T> result)
    {
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
        }
        if (!result.IsOk && result.Errors.Count == 0)
        {
            ModelState.AddModelError("", result.Message);
        }
    }

    private ViewResult Unavailable<T>(OrganizerResult<T> result)
    {
        Response.StatusCode = result.Outcome == OrganizerOutcome.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status404NotFound;
        return View("Unavailable", result.Outcome);
    }
}
