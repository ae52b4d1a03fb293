using Campaigns.Web.Infrastructure;
using Campaigns.Web.Resources;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Reports;

[Route("report")]
public class ReportsController(IStringLocalizer<SharedResource> l) : Controller
{
    private const string FormView = "/Features/Reports/Views/Report.cshtml";

    [HttpGet("")]
    public IActionResult Index(string? campaign, Guid? comment) =>
        string.IsNullOrWhiteSpace(campaign) ? NotFound() : View(FormView, new ReportForm { Campaign = campaign, Comment = comment });

    [HttpPost("")]
    [EnableRateLimiting(RateLimits.Reports)]
    public async Task<IActionResult> Send(
        [FromForm] ReportForm form, [FromServices] ReportAbuse.Validator validator, [FromServices] ReportAbuse.Handler handler,
        CancellationToken ct)
    {
        var request = form.ToRequest();
        var validation = await validator.ValidateAsync(request, ct);
        foreach (var error in validation.Errors)
        {
            ModelState.AddModelError(nameof(ReportForm.Reason), error.ErrorMessage);
        }
        if (validation.IsValid)
        {
            switch (await handler.HandleAsync(form.Campaign, request, ct))
            {
                case ReportAbuse.Outcome.Recorded:
                    return View("/Features/Reports/Views/Thanks.cshtml", form);
                case ReportAbuse.Outcome.CampaignNotFound:
                    return NotFound();
                default:
                    ModelState.AddModelError("", l["This comment is no longer shown, so there is nothing to report."]);
                    break;
            }
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(FormView, form);
    }
}
