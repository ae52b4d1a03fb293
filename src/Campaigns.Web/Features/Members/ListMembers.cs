using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Organizer;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Members;

public static class ListMembers
{
    public sealed record Member(string UserId, string Email, string DisplayName, MemberRole Role, DateTime JoinedAt);

    public sealed record Invitation(Guid Id, string Email, MemberRole Role, DateTime CreatedAt, DateTime ExpiresAt, bool Expired);

    /// <summary>Invitations are listed only to those who manage members.</summary>
    public sealed record Response(
        string Organisation, string Slug, MemberRole? MyRole, bool MayManage, IReadOnlyList<Member> Members, IReadOnlyList<Invitation> Invitations);

    public class Handler(CampaignsDbContext db, MemberAccess access, OrganisationAccess roles, TimeProvider clock)
    {
        public async Task<OrganizerResult<Response>> HandleAsync(ClaimsPrincipal user, string slug, CancellationToken ct)
        {
            var grant = await access.CheckAsync(user, slug, AccessNeed.See, ct);
            if (!grant.IsOk)
            {
                return grant.Fail<Response>();
            }
            var organisation = grant.Value!;
            var members = await db.OrganisationMembers.AsNoTracking()
                .Where(m => m.OrganisationId == organisation.Id)
                .OrderBy(m => m.Role).ThenBy(m => m.User!.Email)
                .Select(m => new Member(m.UserId, m.User!.Email ?? "", m.User.DisplayName, m.Role, m.JoinedAt))
                .ToListAsync(ct);
            var mayManage = (await access.CheckAsync(user, slug, AccessNeed.ManageMembers, ct)).IsOk;
            var now = clock.GetUtcNow().UtcDateTime;
            var invitations = !mayManage ? [] : await db.OrganisationInvitations.AsNoTracking()
                .Where(i => i.OrganisationId == organisation.Id)
                .OrderBy(i => i.Email)
                .Select(i => new Invitation(i.Id, i.Email, i.Role, i.CreatedAt, i.ExpiresAt, i.ExpiresAt <= now))
                .ToListAsync(ct);
            var myRole = await roles.RoleAsync(user, organisation.Id, ct);
            return OrganizerResult<Response>.Ok(new Response(organisation.Name, organisation.Slug, myRole, mayManage, members, invitations));
        }
    }
}
