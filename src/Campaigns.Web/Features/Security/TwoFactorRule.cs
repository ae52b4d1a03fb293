using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Security;

/// <summary>Why an account must use two-step verification, if it must.</summary>
public enum TwoFactorDemand { None, Administrator, Organisation }

/// <summary>
/// Administrators always, and members of an organisation that requires it, must sign in with an authenticator app.
/// Read from the database on every check, so an owner's change applies to members already signed in.
/// </summary>
public class TwoFactorRule(CampaignsDbContext db)
{
    public async Task<TwoFactorDemand> DemandAsync(ClaimsPrincipal principal, CancellationToken ct = default)
    {
        if (principal.IsInRole(Roles.Admin))
        {
            return TwoFactorDemand.Administrator;
        }
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var required = await db.OrganisationMembers.AnyAsync(m => m.UserId == userId && m.Organisation!.RequireTwoFactor, ct);
        return required ? TwoFactorDemand.Organisation : TwoFactorDemand.None;
    }

    /// <summary>False when the account must use two-step verification and has not set it up.</summary>
    public async Task<bool> IsMetAsync(ClaimsPrincipal principal, CancellationToken ct = default)
    {
        var userId = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var enabled = await db.Users.AnyAsync(u => u.Id == userId && u.TwoFactorEnabled, ct);
        return enabled || await DemandAsync(principal, ct) == TwoFactorDemand.None;
    }
}
