using Campaigns.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Campaigns.Web.Features.Following;

/// <summary>
/// GET shows a button; POST unsubscribes at once. Mail clients send the one-click POST (RFC 8058) without
/// any cookie, so the sealed token is the only authority and antiforgery does not apply here.
/// </summary>
[Route("unsubscribe/{token}")]
public class UnsubscribeController(Unsubscribe.Handler handler) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Show(string token, CancellationToken ct) =>
        Render(token, await handler.PreviewAsync(token, ct));

    [HttpPost("")]
    [IgnoreAntiforgeryToken]
    [EnableRateLimiting(RateLimits.Confirming)]
    public async Task<IActionResult> Unsubscribe(string token, CancellationToken ct) =>
        Render(token, await handler.HandleAsync(token, ct));

    private ViewResult Render(string token, Following.Unsubscribe.Result result)
    {
        Response.StatusCode = result.Outcome == Following.Unsubscribe.Outcome.NotFound ? StatusCodes.Status404NotFound : StatusCodes.Status200OK;
        return View("/Features/Following/Views/Unsubscribe.cshtml", new UnsubscribePage(token, result));
    }
}
