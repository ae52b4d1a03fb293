using Campaigns.Web.Domain;
using Campaigns.Web.Features.Security;
using Campaigns.Web.Features.Members;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Resources;
using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Accounts;

[Route("account")]
public partial class AccountController(IStringLocalizer<SharedResource> l) : Controller
{
    private const string AfterSignIn = "/organizer";

    [HttpGet("register")]
    public async Task<IActionResult> Register(string? invitation, [FromServices] AcceptInvitation invitations, CancellationToken ct) =>
        View(await invitations.FindAsync(invitation, ct) is { IsOk: true } found
            ? new RegisterAccount.Request { Invitation = invitation, Email = found.Value!.Email }
            : new RegisterAccount.Request());

    [HttpPost("register")]
    [EnableRateLimiting(RateLimits.Accounts)]
    public async Task<IActionResult> Register(
        [FromForm] RegisterAccount.Request form, [FromServices] RegisterAccount.Validator validator,
        [FromServices] RegisterAccount.Handler handler, CancellationToken ct)
    {
        if (!string.IsNullOrEmpty(form.Website))
        {
            return RedirectToAction(nameof(CheckInbox));
        }
        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid)
        {
            return Invalid(validation, View(form));
        }
        var result = await handler.HandleAsync(form, ct);
        if (result.Outcome == RegisterAccount.Outcome.CheckInbox)
        {
            return RedirectToAction(nameof(CheckInbox));
        }
        foreach (var error in result.Errors)
        {
            ModelState.AddModelError(error.Field, error.Message);
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(form);
    }

    [HttpGet("register/sent")]
    public IActionResult CheckInbox() => View();

    [HttpGet("login")]
    public IActionResult Login(string? returnUrl) => View(new LoginPage(new Login.Request { ReturnUrl = returnUrl }));

    [HttpPost("login")]
    [EnableRateLimiting(RateLimits.Accounts)]
    public async Task<IActionResult> Login(
        [FromForm] Login.Request form, [FromServices] Login.Validator validator,
        [FromServices] PasswordSignIn signIn, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(form, ct);
        if (!validation.IsValid)
        {
            return Invalid(validation, View(new LoginPage(form)));
        }
        var outcome = await signIn.SignInAsync(form.Email!, form.Password!, form.RememberMe, IdentityConstants.ApplicationScheme);
        if (outcome == PasswordSignIn.Outcome.SignedIn)
        {
            return LocalRedirect(Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : AfterSignIn);
        }
        if (outcome == PasswordSignIn.Outcome.TwoFactorRequired)
        {
            var back = Url.IsLocalUrl(form.ReturnUrl) ? form.ReturnUrl : AfterSignIn;
            return LocalRedirect($"{SecurityPaths.SignInCode}?returnUrl={Uri.EscapeDataString(back)}&rememberMe={form.RememberMe}");
        }
        if (outcome == PasswordSignIn.Outcome.Failed)
        {
            ModelState.AddModelError("", l["The email address or password is incorrect, or sign-in is paused for 15 minutes after too many failed attempts."]);
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(new LoginPage(form, outcome == PasswordSignIn.Outcome.EmailNotConfirmed));
    }

    [HttpPost("logout")]
    [EnableRateLimiting(RateLimits.Accounts)]
    public async Task<IActionResult> Logout([FromServices] SignInManager<User> signIn)
    {
        await signIn.SignOutAsync();
        return LocalRedirect("/");
    }

    [HttpGet("denied")]
    public IActionResult Denied()
    {
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View();
    }

    private ViewResult Invalid(ValidationResult validation, ViewResult view)
    {
        foreach (var error in validation.Errors)
        {
            ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
        }
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return view;
    }
}
