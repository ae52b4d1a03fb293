using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Audit;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Security;

/// <summary>
/// After a change to how an account signs in, every other browser and token of the account is signed out and
/// this browser is signed in again, and each of the account's organisations has it in its audit log.
/// </summary>
public class SessionRenewal(CampaignsDbContext db, UserManager<User> users, SignInManager<User> signIn, AuditTrail audit)
{
    public async Task EndOtherSessionsAsync(ClaimsPrincipal actor, User user, AuditAction action, CancellationToken ct)
    {
        var organisations = await db.OrganisationMembers.AsNoTracking()
            .Where(m => m.UserId == user.Id).Select(m => m.OrganisationId).ToListAsync(ct);
        foreach (var organisation in organisations)
        {
            audit.Record(actor, organisation, action, user.Email ?? user.Id);
        }
        // Saving the new stamp saves the audit lines in the same write.
        var stamped = await users.UpdateSecurityStampAsync(user);
        if (!stamped.Succeeded)
        {
            throw new InvalidOperationException(string.Join(" ", stamped.Errors.Select(e => e.Description)));
        }
        await signIn.RefreshSignInAsync(user);
    }
}
