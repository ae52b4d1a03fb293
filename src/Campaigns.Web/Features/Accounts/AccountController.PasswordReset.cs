using Campaigns.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Campaigns.Web.Features.Accounts;

/// <summary>
/// "Forgot your password?": the request page answers the same whoever asks, and the emailed link only
/// opens a form, so mail scanners that follow links change nothing.
/// </summary>
public partial class AccountController
{
    [HttpGet("forgot")]
    public IActionResult Forgot(string? email) => View(new MailboxRequest.Request { Email = email });

    [HttpPost("forgot")]
    [EnableRateLimiting(RateLimits.Accounts)]
    public async Task<IActionResult> Forgot(
        [FromForm] MailboxRequest.Request form, [FromServices] MailboxRequest.Validator validator,
        [FromServices] ForgotPassword.Handler handler, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid)
        {
            return Invalid(validation, View(form));
        }
        await handler.HandleAsync(form, ct);
        return View("ForgotSent");
    }

    [HttpGet("reset")]
    public IActionResult Reset(string? userId, string? code) => View(new ResetPassword.Request { UserId = userId, Code = code });

    [HttpPost("reset")]
    [EnableRateLimiting(RateLimits.Accounts)]
    public async Task<IActionResult> Reset(
        [FromForm] ResetPassword.Request form, [FromServices] ResetPassword.Validator validator,
        [FromServices] ResetPassword.Handler handler, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid)
        {
            return Invalid(validation, View(form));
        }
        var result = await handler.HandleAsync(form, ct);
        if (result.Succeeded)
        {
            return View("PasswordChanged");
        }
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.Field, error.Message);
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(form);
    }
}
