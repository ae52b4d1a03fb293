using Campaigns.Web.Features.Accounts;
using Campaigns.Web.Features.Organizer;
using FluentValidation.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Campaigns.Web.Features.Series;

public sealed class SeriesForm
{
    public string? Reference { get; set; }
    public string? Title { get; set; }
    public int? OutputNumber { get; set; }
    public bool Final { get; set; }
}

public sealed record UrgentActionPage(string Slug, string CampaignTitle, UrgentActionPanel Panel, SeriesForm Form);

/// <summary>The organizer's page for a campaign's series and the action status of each person it concerns.</summary>
[Authorize(Policy = IdentitySetup.OrganizerPolicy)]
[Route("organizer/campaigns/{slug}/urgent-action")]
public class UrgentActionController(CampaignAccess access, SeriesQueries queries, GetCampaign.Handler campaigns) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Show(string slug, CancellationToken ct) => await PageAsync(slug, null, ct);

    [HttpPost("series")]
    public async Task<IActionResult> Place(
        string slug, [FromForm] SeriesForm form, [FromServices] PlaceInSeries.Validator validator,
        [FromServices] PlaceInSeries.Handler placer, [FromServices] CreateSeries.Handler creator, CancellationToken ct)
    {
        var request = new PlaceInSeries.Request { Reference = form.Reference, OutputNumber = form.OutputNumber, Final = form.Final };
        var validation = await validator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return await RefusedAsync(slug, form, validation.Errors, StatusCodes.Status400BadRequest, ct);
        }
        var result = await placer.HandleAsync(User, slug, request, ct);
        if (result.Outcome == OrganizerOutcome.Invalid && !string.IsNullOrWhiteSpace(form.Title))
        {
            // An unknown reference with a title: the organizer is starting a new series with this output.
            var grant = await access.CheckAsync(User, slug, AccessNeed.Change, ct);
            var created = await creator.CreateAsync(grant.Value!.OrganisationId, SeriesReference.Clean(form.Reference!), form.Title.Trim(), ct);
            result = created.IsOk ? await placer.HandleAsync(User, slug, request, ct) : created.Fail<SeriesPlacement>();
        }
        return result.IsOk ? Redirect($"/organizer/campaigns/{slug}/urgent-action")
            : await RefusedAsync(slug, form, Failures(result.Errors, result.Message), StatusOf(result.Outcome), ct);
    }

    [HttpPost("people/{caseSlug}")]
    public async Task<IActionResult> SetAction(
        string slug, string caseSlug, [FromForm] SetActionStatus.Request request, [FromServices] SetActionStatus.Validator validator,
        [FromServices] SetActionStatus.Handler handler, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return await RefusedAsync(slug, null, validation.Errors, StatusCodes.Status400BadRequest, ct);
        }
        var result = await handler.HandleAsync(User, slug, caseSlug, request, ct);
        return result.IsOk ? Redirect($"/organizer/campaigns/{slug}/urgent-action")
            : await RefusedAsync(slug, null, Failures(result.Errors, result.Message), StatusOf(result.Outcome), ct);
    }

    private async Task<IActionResult> RefusedAsync(string slug, SeriesForm? form, IEnumerable<ValidationFailure> errors, int status, CancellationToken ct)
    {
        foreach (var error in errors)
        {
            ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
        }
        Response.StatusCode = status;
        return await PageAsync(slug, form, ct);
    }

    private async Task<IActionResult> PageAsync(string slug, SeriesForm? form, CancellationToken ct)
    {
        var campaign = await campaigns.HandleAsync(User, slug, ct);
        if (!campaign.IsOk)
        {
            Response.StatusCode = StatusOf(campaign.Outcome);
            return View("/Features/Organizer/Views/Unavailable.cshtml", campaign.Outcome);
        }
        var panel = (await queries.PanelAsync(slug, publicOnly: false, ct))!;
        form ??= new SeriesForm
        {
            Reference = panel.Series?.Reference,
            Title = panel.Series?.Title,
            OutputNumber = panel.Series?.OutputNumber,
            Final = panel.Series?.Final ?? false,
        };
        return View("/Features/Series/Views/UrgentAction.cshtml", new UrgentActionPage(slug, campaign.Value!.Title, panel, form));
    }

    private static IEnumerable<ValidationFailure> Failures(IReadOnlyList<ValidationFailure> errors, string message) =>
        errors.Count > 0 ? errors : [new ValidationFailure("", message)];

    private static int StatusOf(OrganizerOutcome outcome) => outcome switch
    {
        OrganizerOutcome.NotFound => StatusCodes.Status404NotFound,
        OrganizerOutcome.Forbidden => StatusCodes.Status403Forbidden,
        OrganizerOutcome.Conflict => StatusCodes.Status409Conflict,
        _ => StatusCodes.Status400BadRequest,
    };
}
