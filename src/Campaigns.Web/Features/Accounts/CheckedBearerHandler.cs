using System.Text.Encodings.Web;
using Campaigns.Web.Domain;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Accounts;

/// <summary>
/// Access tokens live for hours; checking the account's security stamp on every use ends them the moment a password,
/// two-factor setting or membership changes, as the cookie's validation does for browser sessions.
/// </summary>
public class CheckedBearerHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder, SignInManager<User> signIn)
    : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    public const string SchemeName = "CheckedBearer";

    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var result = await Context.AuthenticateAsync(IdentityConstants.BearerScheme);
        if (!result.Succeeded)
        {
            return result;
        }
        return await signIn.ValidateSecurityStampAsync(result.Principal) is null
            ? AuthenticateResult.Fail("The session was ended.")
            : result;
    }
}
