using System.Text;
using Campaigns.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace Campaigns.Web.Features.Accounts;

public static class ConfirmAccountEmail
{
    private const int MaxCodeLength = 2048;

    public class Handler(UserManager<User> users, AdminBootstrap admins)
    {
        /// <summary>True when the address is confirmed (again, for a second click on a still-valid link).</summary>
        public async Task<bool> HandleAsync(string? userId, string? code)
        {
            if (string.IsNullOrEmpty(userId) || userId.Length > 64 || string.IsNullOrEmpty(code) || code.Length > MaxCodeLength)
            {
                return false;
            }
            var user = await users.FindByIdAsync(userId);
            if (user is null || !TryDecode(code, out var token))
            {
                return false;
            }
            var confirmed = await users.ConfirmEmailAsync(user, token);
            if (!confirmed.Succeeded)
            {
                return false;
            }
            await admins.PromoteIfListedAsync(user);
            return true;
        }

        private static bool TryDecode(string code, out string token)
        {
            try
            {
                token = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
                return true;
            }
            catch (FormatException)
            {
                token = "";
                return false;
            }
        }
    }
}
