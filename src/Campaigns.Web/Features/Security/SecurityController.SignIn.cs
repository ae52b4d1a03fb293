using Campaigns.Web.Domain;
using Campaigns.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;

namespace Campaigns.Web.Features.Security;

/// <summary>The second step of signing in, for accounts with two-step verification: plain forms, no script needed.</summary>
public partial class SecurityController
{
    [HttpGet("login/code")]
    public async Task<IActionResult> SignInCode(string? returnUrl, bool rememberMe, [FromServices] SignInManager<User> signIn) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null
            ? StartAgain(returnUrl)
            : View(new CodeForm { ReturnUrl = returnUrl, RememberMe = rememberMe });

    [HttpPost("login/code")]
    [EnableRateLimiting(RateLimits.Accounts)]
    [ActionName(nameof(SignInCode))]
    public async Task<IActionResult> SignInWithCode(
        [FromForm] CodeForm form, [FromServices] CodeForm.Validator validator, [FromServices] TwoFactorSignIn twoFactor, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid || string.IsNullOrWhiteSpace(form.Code))
        {
            AddErrors(validation);
            return Refused(View(form), nameof(form.Code), l["Type the 6-digit code from your authenticator app."]);
        }
        var outcome = await twoFactor.WithCodeAsync(form.Code, form.RememberMe, form.RememberBrowser);
        return SecondStep(outcome, form, nameof(form.Code), l["That code is not right. Type the 6-digit code your app shows now; it changes every 30 seconds."]);
    }

    [HttpGet("login/recovery")]
    public async Task<IActionResult> SignInRecovery(string? returnUrl, [FromServices] SignInManager<User> signIn) =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? StartAgain(returnUrl) : View(new CodeForm { ReturnUrl = returnUrl });

    [HttpPost("login/recovery")]
    [EnableRateLimiting(RateLimits.Accounts)]
    [ActionName(nameof(SignInRecovery))]
    public async Task<IActionResult> SignInWithRecoveryCode(
        [FromForm] CodeForm form, [FromServices] CodeForm.Validator validator, [FromServices] TwoFactorSignIn twoFactor, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid || string.IsNullOrWhiteSpace(form.Code))
        {
            AddErrors(validation);
            return Refused(View(form), nameof(form.Code), l["Type one of the recovery codes you saved when you set up two-step verification."]);
        }
        var outcome = await twoFactor.WithRecoveryCodeAsync(form.Code);
        return SecondStep(outcome, form, nameof(form.Code), l["That recovery code is not right, or it has been used already. Each code works once."]);
    }

    private IActionResult SecondStep(TwoFactorSignIn.Outcome outcome, CodeForm form, string field, string wrongCode) => outcome switch
    {
        TwoFactorSignIn.Outcome.SignedIn => LocalRedirect(Back(form.ReturnUrl)),
        TwoFactorSignIn.Outcome.Expired => StartAgain(form.ReturnUrl),
        TwoFactorSignIn.Outcome.LockedOut => Refused(View(form), field, l["Too many wrong codes: sign-in to this account is paused for 15 minutes."]),
        _ => Refused(View(form), field, wrongCode),
    };

    // The first step is remembered for a few minutes only; after that the password is asked again.
    private RedirectResult StartAgain(string? returnUrl) =>
        Redirect(Url.IsLocalUrl(returnUrl) ? $"/account/login?returnUrl={Uri.EscapeDataString(returnUrl)}" : "/account/login");
}
