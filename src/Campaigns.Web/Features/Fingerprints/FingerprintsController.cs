using Campaigns.Web.Features.Tracking;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Fingerprints;

/// <summary>The published fingerprints of a campaign, and the page where anyone checks an export against them.</summary>
public class FingerprintsController(FingerprintHistory history, TrackedSubjects subjects, IStringLocalizer<SharedResource> l) : Controller
{
    [HttpGet("campaigns/{slug}/fingerprints")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct)
    {
        if (await subjects.CampaignAsync(slug, ct) is not { } campaign || await history.ForAsync(slug, ct) is not { } published)
        {
            return NotFound();
        }
        return View(new FingerprintsPage(campaign.Slug, campaign.Name, campaign.Language, published));
    }

    [HttpGet("verify")]
    public IActionResult Verify(string? campaign) => View(new VerifyPage(campaign, null));

    [HttpPost("verify")]
    [RequestSizeLimit(VerifyForm.MaxBytes + 64 * 1024)]
    [RequestFormLimits(MultipartBodyLengthLimit = VerifyForm.MaxBytes + 64 * 1024, ValueLengthLimit = VerifyForm.MaxBytes)]
    [RefuseCutOffUploads]
    [EnableRateLimiting(RateLimits.Verifying)]
    public async Task<IActionResult> Check(VerifyForm form, [FromServices] ExportVerification verification, CancellationToken ct)
    {
        var slug = form.Slug();
        var pasted = string.IsNullOrWhiteSpace(form.Pasted) ? null : form.Pasted;
        if (slug is null)
        {
            ModelState.AddModelError(nameof(VerifyForm.Campaign), l["Enter the campaign's address or short name."]);
        }
        if (form.File is not { Length: > 0 } && pasted is null)
        {
            ModelState.AddModelError(nameof(VerifyForm.File), l["Choose the export file or paste its contents."]);
        }
        if (!ModelState.IsValid)
        {
            return Invalid(form);
        }
        using TextReader export = form.File is { Length: > 0 } file ? new StreamReader(file.OpenReadStream()) : new StringReader(pasted!);
        var outcome = await verification.CheckAsync(slug!, export, ct);
        if (outcome.Result is null)
        {
            ModelState.AddModelError(outcome.Field!, outcome.Error!);
            return Invalid(form);
        }
        return View(nameof(Verify), new VerifyPage(slug, outcome.Result));
    }

    private ViewResult Invalid(VerifyForm form)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(nameof(Verify), new VerifyPage(form.Campaign, null));
    }
}
