using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Audit;
using Campaigns.Web.Features.Organizer;
using Microsoft.AspNetCore.Identity;

namespace Campaigns.Web.Features.Members;

/// <summary>
/// An owner removes a member, which ends that member's sessions at once; or a member leaves. Neither may leave the
/// organisation without an owner.
/// </summary>
public class RemoveMember(CampaignsDbContext db, Membership membership, AuditTrail audit, UserManager<User> users)
{
    public Task<OrganizerResult<bool>> RemoveAsync(ClaimsPrincipal user, string slug, string userId, CancellationToken ct) =>
        HandleAsync(user, slug, userId, AccessNeed.ManageMembers, endSessions: true, ct);

    public Task<OrganizerResult<bool>> LeaveAsync(ClaimsPrincipal user, string slug, CancellationToken ct) =>
        HandleAsync(user, slug, OrganisationAccess.UserId(user) ?? "", AccessNeed.See, endSessions: false, ct);

    private async Task<OrganizerResult<bool>> HandleAsync(
        ClaimsPrincipal user, string slug, string userId, AccessNeed need, bool endSessions, CancellationToken ct)
    {
        var found = await membership.FindAsync(user, slug, userId, need, ct);
        if (!found.IsOk)
        {
            return found.Fail<bool>();
        }
        var member = found.Value!.Member;
        if (await membership.LastOwnerRefusalAsync(member, null, ct) is { } refusal)
        {
            return OrganizerResult<bool>.Conflict(refusal);
        }
        db.OrganisationMembers.Remove(member);
        audit.Record(user, member.OrganisationId, AuditAction.MemberRemoved, found.Value.Email, endSessions ? null : "left");
        await db.SaveChangesAsync(ct);
        if (endSessions)
        {
            await users.UpdateSecurityStampAsync(member.User!);
        }
        return OrganizerResult<bool>.Ok(true);
    }
}
