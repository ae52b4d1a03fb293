using Campaigns.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Accounts;

/// <summary>Grants the Admin role to accounts listed in <c>Campaigns:AdminEmails</c>, once they own their address.</summary>
public class AdminBootstrap(UserManager<User> users, IOptions<AccountOptions> options)
{
    public bool IsListed(string? email) =>
        !string.IsNullOrWhiteSpace(email)
        && options.Value.AdminEmails.Any(a => string.Equals(a.Trim(), email.Trim(), StringComparison.OrdinalIgnoreCase));

    public async Task PromoteIfListedAsync(User user)
    {
        if (!user.EmailConfirmed || !IsListed(user.Email) || await users.IsInRoleAsync(user, Roles.Admin))
        {
            return;
        }
        var result = await users.AddToRoleAsync(user, Roles.Admin);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException($"Could not make {user.Id} an admin: {string.Join(" ", result.Errors.Select(e => e.Description))}");
        }
    }
}
