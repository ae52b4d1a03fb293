using Campaigns.Web.Domain;
using Microsoft.AspNetCore.Identity;

namespace Campaigns.Web.Features.Security;

/// <summary>
/// The second step of signing in, after the password: a code from the authenticator app or a recovery code.
/// Wrong codes of either kind count toward the same lockout as wrong passwords.
/// </summary>
public class TwoFactorSignIn(SignInManager<User> signIn, UserManager<User> users)
{
    public enum Outcome { SignedIn, WrongCode, LockedOut, Expired }

    public async Task<Outcome> WithCodeAsync(string code, bool persistent, bool rememberBrowser)
    {
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(Digits(code), persistent, rememberBrowser);
        return result.Succeeded ? Outcome.SignedIn
            : result.IsLockedOut ? Outcome.LockedOut
            : await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Outcome.Expired
            : Outcome.WrongCode;
    }

    public async Task<Outcome> WithRecoveryCodeAsync(string code)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return Outcome.Expired;
        }
        if (await users.IsLockedOutAsync(user))
        {
            return Outcome.LockedOut;
        }
        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(code.Trim());
        if (result.Succeeded)
        {
            return Outcome.SignedIn;
        }
        // Identity does not count wrong recovery codes; counting them keeps guessing under the lockout too.
        await users.AccessFailedAsync(user);
        return await users.IsLockedOutAsync(user) ? Outcome.LockedOut : Outcome.WrongCode;
    }

    /// <summary>Apps show codes as "123 456"; people paste them with the space.</summary>
    public static string Digits(string code) => new(code.Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray());
}
