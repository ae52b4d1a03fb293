using Campaigns.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Campaigns.Web.Features.Signing;

/// <summary>
/// The link in the confirmation email opens a page; only its button confirms. Mail scanners that
/// follow every link therefore cannot sign on anyone's behalf.
/// </summary>
[Route("confirm/{token}")]
public class ConfirmationsController(ConfirmSignature.Handler handler) : Controller
{
    private const string ConfirmationView = "/Features/Signing/Views/Confirmation.cshtml";

    [HttpGet("")]
    public async Task<IActionResult> Show(string token, CancellationToken ct) =>
        Render(token, await handler.PreviewAsync(token, ct));

    [HttpPost("")]
    [EnableRateLimiting(RateLimits.Confirming)]
    public async Task<IActionResult> Confirm(string token, CancellationToken ct) =>
        Render(token, await handler.HandleAsync(token, ct));

    private ViewResult Render(string token, ConfirmSignature.Result result)
    {
        Response.StatusCode = result.Outcome switch
        {
            ConfirmSignature.Outcome.NotFound => StatusCodes.Status404NotFound,
            ConfirmSignature.Outcome.CampaignNotOpen => StatusCodes.Status409Conflict,
            _ => StatusCodes.Status200OK,
        };
        return View(ConfirmationView, new ConfirmationPage(token, result));
    }
}

public sealed record ConfirmationPage(string Token, ConfirmSignature.Result Result);
