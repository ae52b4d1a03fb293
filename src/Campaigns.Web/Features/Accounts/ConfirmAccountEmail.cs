using Campaigns.Web.Domain;
using Microsoft.AspNetCore.Identity;

namespace Campaigns.Web.Features.Accounts;

public static class ConfirmAccountEmail
{
    public class Handler(UserManager<User> users, AdminBootstrap admins)
    {
        /// <summary>True when the address is confirmed (again, for a second click on a still-valid link).</summary>
        public async Task<bool> HandleAsync(string? userId, string? code)
        {
            if (string.IsNullOrEmpty(userId) || userId.Length > 64 || !EmailLinkCode.TryDecode(code, out var token))
            {
                return false;
            }
            var user = await users.FindByIdAsync(userId);
            if (user is null)
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
    }
}
