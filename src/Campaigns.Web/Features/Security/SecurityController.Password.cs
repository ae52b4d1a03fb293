using Campaigns.Web.Domain;
using Campaigns.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Campaigns.Web.Features.Security;

/// <summary>Changing the password while signed in: every other browser and token of the account is signed out.</summary>
public partial class SecurityController
{
    [Authorize]
    [HttpGet("password")]
    public IActionResult Password() => View(new ChangePasswordForm());

    [Authorize]
    [HttpPost("password")]
    [EnableRateLimiting(RateLimits.Accounts)]
    public async Task<IActionResult> Password(
        [FromForm] ChangePasswordForm form, [FromServices] ChangePasswordForm.Validator validator,
        [FromServices] SessionRenewal sessions, CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid)
        {
            AddErrors(validation);
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(form);
        }
        var changed = await users.ChangePasswordAsync(user, form.CurrentPassword!, form.NewPassword!);
        if (!changed.Succeeded)
        {
            foreach (var error in changed.Errors)
            {
                ModelState.AddModelError(FieldOf(error), error.Code == nameof(IdentityErrorDescriber.PasswordMismatch)
                    ? l["Your current password is not right."] : error.Description);
            }
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(form);
        }
        await sessions.EndOtherSessionsAsync(User, user, AuditAction.PasswordChanged, ct);
        return View("PasswordUpdated");
    }

    private static string FieldOf(IdentityError error) =>
        error.Code == nameof(IdentityErrorDescriber.PasswordMismatch) ? nameof(ChangePasswordForm.CurrentPassword)
        : error.Code.StartsWith("Password", StringComparison.Ordinal) ? nameof(ChangePasswordForm.NewPassword)
        : "";
}
