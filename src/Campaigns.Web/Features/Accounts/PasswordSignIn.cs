using Campaigns.Web.Domain;
using Microsoft.AspNetCore.Identity;

namespace Campaigns.Web.Features.Accounts;

/// <summary>
/// Signs in with the site cookie or a bearer token. Wrong passwords and locked accounts get the same
/// answer, so sign-in cannot be used to find out which addresses have accounts; only someone who knows
/// the password learns that the address still needs confirming.
/// </summary>
public class PasswordSignIn(SignInManager<User> signIn, UserManager<User> users, AdminBootstrap admins)
{
    public enum Outcome { SignedIn, Failed, EmailNotConfirmed, TwoFactorRequired }

    public async Task<Outcome> SignInAsync(string email, string password, bool persistent, string scheme)
    {
        var user = await users.FindByNameAsync(email.Trim());
        if (user is null)
        {
            return Outcome.Failed;
        }
        // Promoting before the password check is harmless: the role is only usable by whoever signs in.
        await admins.PromoteIfListedAsync(user);
        signIn.AuthenticationScheme = scheme;
        var result = await signIn.PasswordSignInAsync(user, password, persistent, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return Outcome.SignedIn;
        }
        if (result.RequiresTwoFactor)
        {
            return Outcome.TwoFactorRequired;
        }
        return result.IsNotAllowed ? await UnconfirmedAsync(user, password) : Outcome.Failed;
    }

    // Identity refuses an unconfirmed account before it looks at the password; look at it here, counting failures.
    private async Task<Outcome> UnconfirmedAsync(User user, string password)
    {
        if (await users.IsLockedOutAsync(user))
        {
            return Outcome.Failed;
        }
        if (await users.CheckPasswordAsync(user, password))
        {
            return Outcome.EmailNotConfirmed;
        }
        await users.AccessFailedAsync(user);
        return Outcome.Failed;
    }
}
