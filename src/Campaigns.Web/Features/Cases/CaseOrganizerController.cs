using Campaigns.Web.Infrastructure;
using Campaigns.Web.Features.Accounts;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using FluentValidation;
using FluentValidation.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Cases;

[Authorize(Policy = IdentitySetup.OrganizerPolicy)]
[Route("organizer/cases")]
public class CaseOrganizerController(IStringLocalizer<SharedResource> l, CaseOrganizerPages pages) : Controller
{
    private const string ManageView = "/Features/Cases/Views/Manage.cshtml";
    private const string NewView = "/Features/Cases/Views/New.cshtml";
    private const string UnavailableView = "/Features/Cases/Views/Unavailable.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Index([FromServices] ListMyCases.Handler handler, CancellationToken ct) =>
        View("/Features/Cases/Views/Mine.cshtml", await handler.HandleAsync(User, ct));

    [HttpGet("new")]
    public async Task<IActionResult> New(CancellationToken ct) =>
        View(NewView, await pages.NewAsync(User, new CreateCase.Request { Status = "Detained" }, ct));

    [HttpPost("new")]
    public async Task<IActionResult> Create(
        [FromForm] CreateCase.Request form, [FromServices] CreateCase.Validator validator, [FromServices] CreateCase.Handler handler, CancellationToken ct)
    {
        var result = await RunAsync(form, validator, () => handler.HandleAsync(User, form, ct), "", ct);
        if (result.IsOk)
        {
            return Redirect($"/organizer/cases/{result.Value!.Slug}");
        }
        Response.StatusCode = StatusOf(result.Outcome);
        return View(NewView, await pages.NewAsync(User, form, ct));
    }

    [HttpGet("{slug}")]
    public async Task<IActionResult> Manage(string slug, CancellationToken ct) => ManageResult(await pages.ManageAsync(User, slug, ct));

    [HttpPost("{slug}")]
    public async Task<IActionResult> Update(
        string slug, [FromForm(Name = "Profile")] UpdateCase.Request form, [FromServices] UpdateCase.Validator validator,
        [FromServices] UpdateCase.Handler handler, CancellationToken ct) =>
        await AfterAsync(slug, await RunAsync(form, validator, () => handler.HandleAsync(User, slug, form, ct), "Profile.", ct), ct, profile: form);

    [HttpPost("{slug}/advocates")]
    public async Task<IActionResult> AddAdvocate(
        string slug, [FromForm(Name = "Advocate")] AdvocateInput form, [FromServices] AdvocateInput.Validator validator,
        [FromServices] ManageAdvocates advocates, CancellationToken ct) =>
        await AfterAsync(slug, await RunAsync(form, validator, () => advocates.AddAsync(User, slug, form, ct), "Advocate.", ct), ct, advocate: form);

    [HttpPost("{slug}/advocates/{id:guid}/remove")]
    public async Task<IActionResult> RemoveAdvocate(string slug, Guid id, [FromServices] ManageAdvocates advocates, CancellationToken ct) =>
        await AfterAsync(slug, await advocates.RemoveAsync(User, slug, id, ct), ct);

    [HttpPost("{slug}/updates")]
    public async Task<IActionResult> AddUpdate(
        string slug, [FromForm(Name = "Update")] CaseUpdateInput form, [FromServices] CaseUpdateInput.Validator validator,
        [FromServices] CaseTimeline timeline, CancellationToken ct) =>
        await AfterAsync(slug, await RunAsync(form, validator, () => timeline.AddAsync(User, slug, form, ct), "Update.", ct), ct, update: form);

    [HttpPost("{slug}/updates/{id:guid}/delete")]
    public async Task<IActionResult> DeleteUpdate(string slug, Guid id, [FromServices] CaseTimeline timeline, CancellationToken ct) =>
        await AfterAsync(slug, await timeline.DeleteAsync(User, slug, id, ct), ct);

    [HttpPost("{slug}/photo")]
    [RequestSizeLimit(50 * 1024 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = 50 * 1024 * 1024)]
    [RefuseCutOffUploads]
    public async Task<IActionResult> UploadPhoto(
        string slug, IFormFile? photo, [FromServices] CasePhotos photos, [FromServices] IOptions<CaseOptions> options, CancellationToken ct)
    {
        var max = options.Value.MaxPhotoBytes;
        var upload = photo is null ? new UploadRead(null, false) : await PhotoUpload.ReadAsync(photo.OpenReadStream(), max, ct);
        var result = upload.TooLarge
            ? OrganizerResult<CaseDetail>.Invalid(CasePhotos.Field, l["The photo is too large: at most {0} MB.", max / (1024 * 1024)])
            : await photos.UploadAsync(User, slug, upload.Content, ct);
        AddErrors(result.Errors, "");
        return await AfterAsync(slug, result, ct);
    }

    [HttpPost("{slug}/photo/remove")]
    public async Task<IActionResult> RemovePhoto(string slug, [FromServices] CasePhotos photos, CancellationToken ct) =>
        await AfterAsync(slug, await photos.RemoveAsync(User, slug, ct), ct);

    private async Task<OrganizerResult<CaseDetail>> RunAsync<T>(
        T form, IValidator<T> validator, Func<Task<OrganizerResult<CaseDetail>>> run, string prefix, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        var result = validation.IsValid ? await run() : OrganizerResult<CaseDetail>.Invalid(validation.Errors);
        AddErrors(result.Errors, prefix);
        if (result.Outcome == OrganizerOutcome.Conflict)
        {
            ModelState.AddModelError(prefix + "Slug", result.Message);
        }
        return result;
    }

    private async Task<IActionResult> AfterAsync(
        string slug, OrganizerResult<CaseDetail> result, CancellationToken ct,
        UpdateCase.Request? profile = null, AdvocateInput? advocate = null, CaseUpdateInput? update = null)
    {
        if (result.IsOk)
        {
            return Redirect($"/organizer/cases/{result.Value!.Slug}");
        }
        if (result.Outcome is OrganizerOutcome.NotFound or OrganizerOutcome.Forbidden)
        {
            Response.StatusCode = StatusOf(result.Outcome);
            return View(UnavailableView, result.Outcome);
        }
        Response.StatusCode = StatusOf(result.Outcome);
        return ManageResult(await pages.ManageAsync(User, slug, ct, profile, advocate, update));
    }

    private IActionResult ManageResult(OrganizerResult<CaseManagePage> page)
    {
        if (page.IsOk)
        {
            return View(ManageView, page.Value);
        }
        Response.StatusCode = StatusOf(page.Outcome);
        return View(UnavailableView, page.Outcome);
    }

    private void AddErrors(IEnumerable<ValidationFailure> errors, string prefix)
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError(prefix + error.PropertyName, error.ErrorMessage);
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
