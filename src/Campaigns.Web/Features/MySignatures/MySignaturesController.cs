using Campaigns.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Campaigns.Web.Features.MySignatures;

public sealed record RequestForm
{
    public string? Email { get; init; }

    /// <summary>A field people never see; bots fill it.</summary>
    public string? Website { get; init; }
}

public class MySignaturesController : Controller
{
    public const string RequestView = "/Features/MySignatures/Views/Request.cshtml";

    [HttpGet("my-signatures")]
    public IActionResult Ask() => View(RequestView, new RequestForm());

    [HttpPost("my-signatures")]
    [EnableRateLimiting(RateLimits.MySignatures)]
    public async Task<IActionResult> Ask(
        [FromForm] RequestForm form, [FromServices] RequestLink.Validator validator, [FromServices] RequestLink.Handler handler, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(form.Website))
        {
            return RedirectToAction(nameof(Requested));
        }
        var request = new RequestLink.Request { Email = form.Email };
        var validation = await validator.ValidateAsync(request, ct);
        if (validation.IsValid)
        {
            await handler.HandleAsync(request, ct);
            return RedirectToAction(nameof(Requested));
        }
        foreach (var error in validation.Errors)
        {
            ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(RequestView, form);
    }

    [HttpGet("my-signatures/sent")]
    public IActionResult Requested() => View("/Features/MySignatures/Views/Requested.cshtml");
}
