using Campaigns.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Campaigns.Web.Features.Accounts;

/// <summary>
/// The link in the email opens a page; only its button confirms, so mail scanners that follow
/// every link cannot confirm an address on anyone's behalf.
/// </summary>
public partial class AccountController
{
    [HttpGet("confirm")]
    public IActionResult Confirm(string? userId, string? code) => View(new ConfirmPage(userId, code));

    [HttpPost("confirm")]
    [EnableRateLimiting(RateLimits.Accounts)]
    [ActionName(nameof(Confirm))]
    public async Task<IActionResult> ConfirmPost(
        [FromForm] string? userId, [FromForm] string? code, [FromServices] ConfirmAccountEmail.Handler handler)
    {
        if (await handler.HandleAsync(userId, code))
        {
            return View("Confirmed");
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View("ConfirmFailed");
    }

    [HttpGet("resend")]
    public IActionResult Resend(string? email) => View(new MailboxRequest.Request { Email = email });

    [HttpPost("resend")]
    [EnableRateLimiting(RateLimits.Accounts)]
    public async Task<IActionResult> Resend(
        [FromForm] MailboxRequest.Request form, [FromServices] MailboxRequest.Validator validator,
        [FromServices] ResendConfirmation.Handler handler, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid)
        {
            return Invalid(validation, View(form));
        }
        await handler.HandleAsync(form, ct);
        return View("Resent");
    }
}
