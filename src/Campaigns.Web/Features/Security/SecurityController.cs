using Campaigns.Web.Domain;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Resources;
using FluentValidation.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Security;

/// <summary>How an organizer signs in: the password, an authenticator app and its recovery codes.</summary>
[Route("account")]
public partial class SecurityController(
    IStringLocalizer<SharedResource> l, UserManager<User> users, TwoFactorRule rule, IOptions<CampaignsOptions> site) : Controller
{
    private const string AfterSignIn = "/organizer";

    [Authorize]
    [HttpGet("security")]
    public async Task<IActionResult> Index([FromServices] SecurityOverviewQuery query, CancellationToken ct)
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        return View(await query.LoadAsync(User, user, ct));
    }

    private string Back(string? returnUrl, string fallback = AfterSignIn) => Url.IsLocalUrl(returnUrl) ? returnUrl : fallback;

    private void AddErrors(ValidationResult validation)
    {
        foreach (var error in validation.Errors)
        {
            ModelState.AddModelError(error.PropertyName, error.ErrorMessage);
        }
    }

    private T Refused<T>(T view, string field, string message) where T : IActionResult
    {
        ModelState.AddModelError(field, message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return view;
    }

    private void NoStore() => Response.Headers.CacheControl = "no-store";
}
