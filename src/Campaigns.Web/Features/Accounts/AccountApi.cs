using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Security;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Resources;
using Microsoft.AspNetCore.Authentication.BearerToken;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Accounts;

public static class AccountApi
{
    public sealed record Me(string Id, string Email, string DisplayName, IReadOnlyList<string> Roles, IReadOnlyList<OrganisationRef> Organisations);

    public sealed record OrganisationRef(string Slug, string Name);

    public static RouteGroupBuilder MapAccountApi(this RouteGroupBuilder api)
    {
        var account = api.MapGroup("/account").WithTags("Account");
        account.MapPost("/token", IssueAsync)
            .RequireRateLimiting(RateLimits.Accounts)
            .WithName("IssueToken")
            .WithSummary("Exchange an organizer's email address and password (and, with two-step verification, a code) for a bearer token.")
            .WithDescription("Send the access token as `Authorization: Bearer <accessToken>` to organizer endpoints. It expires after " +
                "`expiresIn` seconds; exchange the refresh token at `/api/account/refresh` for a new pair. Five wrong passwords " +
                "pause sign-in to the account for 15 minutes. An account with two-step verification also sends `twoFactorCode` (the 6-digit " +
                "code from its authenticator app) or `recoveryCode`; without one the answer is 401 saying so, and wrong codes count " +
                "toward the same pause.")
            .Produces<AccessTokenResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        account.MapPost("/refresh", RefreshAsync)
            .RequireRateLimiting(RateLimits.Accounts)
            .WithName("RefreshToken")
            .WithSummary("Exchange a refresh token for a new access token and refresh token.")
            .Produces<AccessTokenResponse>()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        // Without the two-step requirement, so an account sent to set it up can still check its token and roles.
        account.MapGet("/me", MeAsync)
            .RequireAuthorization(p => p.AddAuthenticationSchemes(IdentitySetup.CookieOrBearer).RequireRole(Roles.Organizer, Roles.Admin))
            .WithName("GetMyAccount")
            .WithSummary("The signed-in organizer: name, roles and organisations. Handy for checking a token.")
            .Produces<Me>()
            .ProducesProblem(StatusCodes.Status401Unauthorized);
        return api;
    }

    private static async Task<IResult> IssueAsync(
        IssueToken.Request request, IssueToken.Validator validator, PasswordSignIn signIn, TwoFactorSignIn twoFactor,
        IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return ApiResults.Invalid(validation);
        }
        return await signIn.SignInAsync(request.Email!, request.Password!, persistent: false, IdentityConstants.BearerScheme) switch
        {
            // The bearer handler has already written the token response.
            PasswordSignIn.Outcome.SignedIn => TypedResults.Empty,
            PasswordSignIn.Outcome.TwoFactorRequired => await SecondStepAsync(request, twoFactor, l),
            PasswordSignIn.Outcome.EmailNotConfirmed => ApiResults.Forbidden(
                l["Confirm your email address first: open the link in the email we sent you when you registered."]),
            _ => Unauthorized(l["The email address or password is incorrect, or sign-in is paused for 15 minutes after too many failed attempts."]),
        };
    }

    private static async Task<IResult> SecondStepAsync(IssueToken.Request request, TwoFactorSignIn twoFactor, IStringLocalizer<SharedResource> l)
    {
        if (string.IsNullOrWhiteSpace(request.TwoFactorCode) && string.IsNullOrWhiteSpace(request.RecoveryCode))
        {
            return Unauthorized(l["This account uses two-step verification: send the 6-digit code from the authenticator app as twoFactorCode, or a recovery code as recoveryCode."]);
        }
        var outcome = string.IsNullOrWhiteSpace(request.TwoFactorCode)
            ? await twoFactor.WithRecoveryCodeAsync(request.RecoveryCode!)
            : await twoFactor.WithCodeAsync(request.TwoFactorCode, persistent: false, rememberBrowser: false);
        return outcome switch
        {
            TwoFactorSignIn.Outcome.SignedIn => TypedResults.Empty,
            TwoFactorSignIn.Outcome.LockedOut => Unauthorized(l["Too many wrong codes: sign-in to this account is paused for 15 minutes."]),
            _ => Unauthorized(l["The two-step verification code is not right. Send the code the authenticator app shows now, or an unused recovery code."]),
        };
    }

    private static async Task<IResult> RefreshAsync(
        IssueToken.RefreshRequest request, IssueToken.RefreshValidator validator, IOptionsMonitor<BearerTokenOptions> bearer,
        SignInManager<User> signIn, UserManager<User> users, TimeProvider clock, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        var validation = await validator.ValidateAsync(request, ct);
        if (!validation.IsValid)
        {
            return ApiResults.Invalid(validation);
        }
        var ticket = bearer.Get(IdentityConstants.BearerScheme).RefreshTokenProtector.Unprotect(request.RefreshToken);
        if (ticket?.Properties.ExpiresUtc is not { } expires || clock.GetUtcNow() >= expires
            || await signIn.ValidateSecurityStampAsync(ticket.Principal) is not { } user
            || !await signIn.CanSignInAsync(user) || await users.IsLockedOutAsync(user))
        {
            return Unauthorized(l["The refresh token is not valid or has expired. Request a new token with your email address and password."]);
        }
        return TypedResults.SignIn(await signIn.CreateUserPrincipalAsync(user), authenticationScheme: IdentityConstants.BearerScheme);
    }

    private static async Task<IResult> MeAsync(ClaimsPrincipal principal, UserManager<User> users, CampaignsDbContext db, IStringLocalizer<SharedResource> l, CancellationToken ct)
    {
        if (await users.GetUserAsync(principal) is not { } user)
        {
            return Unauthorized(l["The account no longer exists."]);
        }
        var organisations = await db.OrganisationMembers.AsNoTracking()
            .Where(m => m.UserId == user.Id)
            .OrderBy(m => m.Organisation!.Name)
            .Select(m => new OrganisationRef(m.Organisation!.Slug, m.Organisation.Name))
            .ToListAsync(ct);
        var roles = await users.GetRolesAsync(user);
        return TypedResults.Ok(new Me(user.Id, user.Email!, user.DisplayName, roles.Order(StringComparer.Ordinal).ToList(), organisations));
    }

    private static IResult Unauthorized(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized.");
}
