using Campaigns.Web.Features.Campaigns;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Campaigns.Web.Features.Signing;

public class SigningController(
    SignCampaign.Validator validator, SignCampaign.Handler handler, CampaignQueries queries, TimeProvider clock) : Controller
{
    [HttpPost("campaigns/{slug}/sign")]
    [EnableRateLimiting(SigningApi.RateLimitPolicy)]
    public async Task<IActionResult> Sign(string slug, [FromForm] SignForm form, CancellationToken ct)
    {
        if (form.IsFromBot)
        {
            return RedirectToAction(nameof(Signed), new { slug });
        }
        if (form.WantsPreview)
        {
            var preview = await CampaignsController.BuildPageAsync(queries, clock, slug, form, ct);
            return preview is null ? NotFound() : View(CampaignsController.ShowView, preview);
        }
        var validation = await validator.ValidateAsync(form.ToRequest(), ct);
        if (validation.IsValid)
        {
            var result = await handler.HandleAsync(slug, form.ToRequest(), HttpContext.Connection.RemoteIpAddress, ct);
            switch (result.Outcome)
            {
                case SignCampaign.Outcome.Invalid:
                    validation.Errors.AddRange(result.Errors);
                    break;
                case SignCampaign.Outcome.Accepted:
                    return RedirectToAction(nameof(Signed), new { slug });
                case SignCampaign.Outcome.CampaignNotFound:
                    return NotFound();
                case SignCampaign.Outcome.CampaignNotOpen:
                    ModelState.AddModelError("", "This campaign is not open for signatures.");
                    break;
            }
        }
        foreach (var error in validation.Errors)
        {
            ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
        }
        var page = await CampaignsController.BuildPageAsync(queries, clock, slug, form, ct);
        if (page is null)
        {
            return NotFound();
        }
        Response.StatusCode = validation.IsValid ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return View(CampaignsController.ShowView, page);
    }

    [HttpGet("campaigns/{slug}/signed")]
    public async Task<IActionResult> Signed(string slug, CancellationToken ct) =>
        await queries.GetAsync(slug, ct) is { } campaign ? View(campaign) : NotFound();
}
