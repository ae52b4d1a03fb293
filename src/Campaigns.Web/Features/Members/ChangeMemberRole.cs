using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Audit;
using Campaigns.Web.Features.Organizer;
using Microsoft.AspNetCore.Identity;

namespace Campaigns.Web.Features.Members;

/// <summary>An owner changes a member's role; a lowered role ends that member's sessions at once.</summary>
public class ChangeMemberRole(CampaignsDbContext db, Membership membership, AuditTrail audit, UserManager<User> users)
{
    public async Task<OrganizerResult<MemberRole>> HandleAsync(ClaimsPrincipal user, string slug, string userId, MemberRole role, CancellationToken ct)
    {
        var found = await membership.FindAsync(user, slug, userId, AccessNeed.ManageMembers, ct);
        if (!found.IsOk)
        {
            return found.Fail<MemberRole>();
        }
        var member = found.Value!.Member;
        if (await membership.LastOwnerRefusalAsync(member, role, ct) is { } refusal)
        {
            return OrganizerResult<MemberRole>.Conflict(refusal);
        }
        var before = member.Role;
        if (before == role)
        {
            return OrganizerResult<MemberRole>.Ok(role);
        }
        member.Role = role;
        audit.Record(user, member.OrganisationId, AuditAction.MemberRoleChanged, found.Value.Email, $"{before} → {role}");
        await db.SaveChangesAsync(ct);
        // Owner, Organizer, Viewer: a larger value may do less.
        if (role > before)
        {
            await users.UpdateSecurityStampAsync(member.User!);
        }
        return OrganizerResult<MemberRole>.Ok(role);
    }
}
