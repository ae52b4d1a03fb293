using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Organizer;

/// <summary>
/// Whether a user may do what they need in an organisation: admins may do everything, members what their role
/// allows. The campaign, case, target and letter checks all end here.
/// </summary>
public class OrganisationAccess(IStringLocalizer<SharedResource> l, CampaignsDbContext db)
{
    public async Task<OrganizerResult<Guid>> CheckAsync(ClaimsPrincipal user, Guid organisationId, AccessNeed need, string notMember, CancellationToken ct)
    {
        if (IsAdmin(user))
        {
            return OrganizerResult<Guid>.Ok(organisationId);
        }
        var role = await RoleAsync(user, organisationId, ct);
        return role is null ? OrganizerResult<Guid>.Forbidden(notMember)
            : role.Value.Allows(need) ? OrganizerResult<Guid>.Ok(organisationId)
            : OrganizerResult<Guid>.Forbidden(Refusal(need));
    }

    public async Task<MemberRole?> RoleAsync(ClaimsPrincipal user, Guid organisationId, CancellationToken ct)
    {
        var userId = UserId(user);
        return userId is null ? null : await db.OrganisationMembers.AsNoTracking()
            .Where(m => m.OrganisationId == organisationId && m.UserId == userId)
            .Select(m => (MemberRole?)m.Role)
            .SingleOrDefaultAsync(ct);
    }

    /// <summary>The organisations in which the user may do what they need: by role, or every one for an admin.</summary>
    public IQueryable<Organisation> Where(ClaimsPrincipal user, AccessNeed need)
    {
        if (IsAdmin(user))
        {
            return db.Organisations.AsNoTracking();
        }
        var userId = UserId(user);
        var roles = RoleRules.Allowing(need);
        return db.Organisations.AsNoTracking().Where(o => o.Members.Any(m => m.UserId == userId && roles.Contains(m.Role)));
    }

    /// <summary>True when the account belongs to organisations but may change nothing in any of them.</summary>
    public async Task<bool> OnlyLooksAsync(ClaimsPrincipal user, CancellationToken ct)
    {
        if (IsAdmin(user) || UserId(user) is not { } userId)
        {
            return false;
        }
        var changing = RoleRules.Allowing(AccessNeed.Change);
        var roles = await db.OrganisationMembers.AsNoTracking().Where(m => m.UserId == userId).Select(m => m.Role).ToListAsync(ct);
        return roles.Count > 0 && !roles.Any(changing.Contains);
    }

    public string Refusal(AccessNeed need) => need switch
    {
        AccessNeed.SignerData => l["Viewers cannot see or export signers' details. Ask an owner of the organisation for the organizer role."],
        AccessNeed.ManageMembers => l["Only owners of the organisation can manage its members."],
        _ => l["Viewers can see the organisation's figures and ledgers but cannot change anything."],
    };

    public static bool IsAdmin(ClaimsPrincipal user) => user.IsInRole(Roles.Admin);

    public static string? UserId(ClaimsPrincipal user) => user.FindFirstValue(ClaimTypes.NameIdentifier);
}
