using Campaigns.Web.Domain;
using Campaigns.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Campaigns.Web.Features.Security;

/// <summary>Setting up an authenticator app, renewing recovery codes and turning two-step verification off.</summary>
public partial class SecurityController
{
    private const int RecoveryCodeCount = 10;

    [Authorize]
    [HttpGet("security/authenticator")]
    public async Task<IActionResult> Authenticator(string? returnUrl, [FromServices] IUserStore<User> store, CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        if (user.TwoFactorEnabled)
        {
            return LocalRedirect(Back(returnUrl, SecurityPaths.Overview));
        }
        if (string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user)))
        {
            // Unlike ResetAuthenticatorKeyAsync, this keeps the security stamp: opening the page signs nobody out.
            await ((IUserAuthenticatorKeyStore<User>)store).SetAuthenticatorKeyAsync(user, users.GenerateNewAuthenticatorKey(), ct);
            Ensure(await users.UpdateAsync(user));
        }
        NoStore();
        return View(await EnrolPageAsync(user, returnUrl, ct));
    }

    [Authorize]
    [HttpPost("security/authenticator")]
    [EnableRateLimiting(RateLimits.Accounts)]
    [ActionName(nameof(Authenticator))]
    public async Task<IActionResult> Enable(
        [FromForm] CodeForm form, [FromServices] CodeForm.Validator validator, [FromServices] SessionRenewal sessions, CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user || string.IsNullOrEmpty(await users.GetAuthenticatorKeyAsync(user)))
        {
            return LocalRedirect(SecurityPaths.Authenticator);
        }
        NoStore();
        var validation = await validator.ValidateAsync(form, ct);
        var code = TwoFactorSignIn.Digits(form.Code ?? "");
        if (!validation.IsValid || user.TwoFactorEnabled
            || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            AddErrors(validation);
            return Refused(View(await EnrolPageAsync(user, form.ReturnUrl, ct)), nameof(form.Code),
                l["That code is not right. Type the 6-digit code your app shows now; it changes every 30 seconds."]);
        }
        Ensure(await users.SetTwoFactorEnabledAsync(user, true));
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToList();
        await sessions.EndOtherSessionsAsync(User, user, AuditAction.TwoFactorEnabled, ct);
        return View("RecoveryCodes", new RecoveryCodesPage(codes, Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : null));
    }

    [Authorize]
    [HttpPost("security/recovery-codes")]
    [EnableRateLimiting(RateLimits.Accounts)]
    public async Task<IActionResult> RecoveryCodes([FromServices] SessionRenewal sessions, CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { TwoFactorEnabled: true } user)
        {
            return LocalRedirect(SecurityPaths.Overview);
        }
        NoStore();
        var codes = (await users.GenerateNewTwoFactorRecoveryCodesAsync(user, RecoveryCodeCount))!.ToList();
        await sessions.EndOtherSessionsAsync(User, user, AuditAction.RecoveryCodesRenewed, ct);
        return View(new RecoveryCodesPage(codes, null));
    }

    [Authorize]
    [HttpPost("security/disable")]
    [EnableRateLimiting(RateLimits.Accounts)]
    public async Task<IActionResult> Disable(
        [FromForm] CodeForm form, [FromServices] CodeForm.Validator validator, [FromServices] SessionRenewal sessions,
        [FromServices] SecurityOverviewQuery query, CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { TwoFactorEnabled: true } user)
        {
            return LocalRedirect(SecurityPaths.Overview);
        }
        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid || !await ProvesOwnershipAsync(user, form))
        {
            AddErrors(validation);
            return Refused(View(nameof(Index), await query.LoadAsync(User, user, ct)), nameof(form.Password),
                l["Type your current password, or a code from your authenticator app, to turn two-step verification off."]);
        }
        Ensure(await users.SetTwoFactorEnabledAsync(user, false));
        // The old key may be on a lost phone: setting up again starts from a new one.
        Ensure(await users.ResetAuthenticatorKeyAsync(user));
        await sessions.EndOtherSessionsAsync(User, user, AuditAction.TwoFactorDisabled, ct);
        return LocalRedirect(SecurityPaths.Overview);
    }

    private async Task<bool> ProvesOwnershipAsync(User user, CodeForm form) =>
        (!string.IsNullOrEmpty(form.Password) && await users.CheckPasswordAsync(user, form.Password))
        || (!string.IsNullOrEmpty(form.Code)
            && await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, TwoFactorSignIn.Digits(form.Code)));

    private async Task<EnrolPage> EnrolPageAsync(User user, string? returnUrl, CancellationToken ct)
    {
        var key = AuthenticatorKey.For((await users.GetAuthenticatorKeyAsync(user))!, site.Value.SiteName, user.Email!);
        var demand = await rule.DemandAsync(User, ct);
        return new EnrolPage(key, demand, Url.IsLocalUrl(returnUrl) ? returnUrl : null);
    }

    private static void Ensure(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}
