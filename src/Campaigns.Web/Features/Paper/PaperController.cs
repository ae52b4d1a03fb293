using Campaigns.Web.Features.Accounts;
using Campaigns.Web.Features.Cases;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Infrastructure;
using FluentValidation.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Campaigns.Web.Resources;

namespace Campaigns.Web.Features.Paper;

[Authorize(Policy = IdentitySetup.OrganizerPolicy)]
[Route("organizer/campaigns/{slug}/paper")]
public class PaperController(
    PaperBatchQueries queries, PaperBatchCommands commands, IOptions<PaperOptions> options, IStringLocalizer<SharedResource> l) : Controller
{
    private const string IndexView = "/Features/Paper/Views/Index.cshtml";
    private const long MaxFormBytes = 120L * 1024 * 1024;

    [HttpGet("")]
    public async Task<IActionResult> Index(string slug, CancellationToken ct) => await PageAsync(slug, new PaperBatchForm(), ct);

    [HttpPost("")]
    [RequestSizeLimit(MaxFormBytes)]
    [RequestFormLimits(MultipartBodyLengthLimit = MaxFormBytes)]
    [RefuseCutOffUploads]
    public async Task<IActionResult> Create(
        string slug, [FromForm] PaperBatchForm form, [FromForm] List<IFormFile>? scans, [FromServices] PaperBatchInput.Validator validator,
        CancellationToken ct)
    {
        var input = form.ToInput();
        var validation = await validator.ValidateAsync(input, ct);
        var uploads = validation.IsValid ? await ReadAsync(scans ?? [], ct) : null;
        var result = !validation.IsValid ? OrganizerResult<PaperBatchView>.Invalid(validation.Errors)
            : uploads is null ? OrganizerResult<PaperBatchView>.Invalid(PaperBatchCommands.ScansField, ScanProcessor.TooLarge(l, options.Value.MaxScanBytes))
            : await commands.CreateAsync(User, slug, input, uploads, ct);
        if (result.IsOk)
        {
            return Redirect($"/organizer/campaigns/{Uri.EscapeDataString(slug)}/paper");
        }
        if (result.Outcome is OrganizerOutcome.NotFound or OrganizerOutcome.Forbidden)
        {
            return Unavailable(result.Outcome);
        }
        AddErrors(result.Errors, result.Message);
        Response.StatusCode = result.Outcome == OrganizerOutcome.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return await PageAsync(slug, form, ct);
    }

    [HttpPost("{batchId:guid}/remove")]
    public async Task<IActionResult> Remove(string slug, Guid batchId, CancellationToken ct)
    {
        var result = await commands.RemoveAsync(User, slug, batchId, ct);
        return result.IsOk ? Redirect($"/organizer/campaigns/{Uri.EscapeDataString(slug)}/paper") : Unavailable(result.Outcome);
    }

    /// <summary>Sheets carry signers' handwriting and addresses: never kept by a shared cache or the browser's disk.</summary>
    [HttpGet("{batchId:guid}/scans/{scanId:guid}")]
    public async Task<IActionResult> Scan(string slug, Guid batchId, Guid scanId, CancellationToken ct)
    {
        var result = await queries.ScanAsync(User, slug, batchId, scanId, ct);
        if (!result.IsOk)
        {
            return Unavailable(result.Outcome);
        }
        Response.Headers.CacheControl = "private, no-store";
        return File(result.Value!.Content, result.Value.ContentType);
    }

    private async Task<IActionResult> PageAsync(string slug, PaperBatchForm form, CancellationToken ct)
    {
        var result = await queries.ListAsync(User, slug, ct);
        return result.IsOk
            ? View(IndexView, new PaperPage(result.Value!, form, options.Value.MaxScansPerBatch, options.Value.MaxScanBytes / (1024 * 1024)))
            : Unavailable(result.Outcome);
    }

    /// <summary>Each file read up to the limit; null when one is larger, so nothing of the form is stored.</summary>
    private async Task<IReadOnlyList<byte[]>?> ReadAsync(IReadOnlyList<IFormFile> files, CancellationToken ct)
    {
        var read = new List<byte[]>();
        foreach (var file in files.Where(f => f.Length > 0))
        {
            var upload = await PhotoUpload.ReadAsync(file.OpenReadStream(), options.Value.MaxScanBytes, ct);
            if (upload.TooLarge)
            {
                return null;
            }
            read.Add(upload.Content!);
        }
        return read;
    }

    private void AddErrors(IEnumerable<ValidationFailure> errors, string message)
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
        }
        if (message.Length > 0)
        {
            ModelState.AddModelError("", message);
        }
    }

    private ViewResult Unavailable(OrganizerOutcome outcome)
    {
        Response.StatusCode = outcome == OrganizerOutcome.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status404NotFound;
        return View("/Features/Organizer/Views/Unavailable.cshtml", outcome);
    }
}
