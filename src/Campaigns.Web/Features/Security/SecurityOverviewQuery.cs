using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Security;

public class SecurityOverviewQuery(CampaignsDbContext db, UserManager<User> users, TwoFactorRule rule)
{
    public async Task<SecurityOverview> LoadAsync(ClaimsPrincipal principal, User user, CancellationToken ct)
    {
        var owned = await db.OrganisationMembers.AsNoTracking()
            .Where(m => m.UserId == user.Id && m.Role == MemberRole.Owner)
            .OrderBy(m => m.Organisation!.Name)
            .Select(m => new OwnedOrganisation(m.Organisation!.Slug, m.Organisation.Name, m.Organisation.RequireTwoFactor))
            .ToListAsync(ct);
        var left = user.TwoFactorEnabled ? await users.CountRecoveryCodesAsync(user) : 0;
        return new SecurityOverview(user.TwoFactorEnabled, left, await rule.DemandAsync(principal, ct), owned);
    }
}
