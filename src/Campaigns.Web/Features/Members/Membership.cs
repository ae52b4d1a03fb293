using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Members;

/// <summary>Finds a member to change or remove, and keeps every organisation with at least one owner.</summary>
public class Membership(IStringLocalizer<SharedResource> l, CampaignsDbContext db, MemberAccess access)
{
    public sealed record Found(OrganisationMember Member, string Email);

    public async Task<OrganizerResult<Found>> FindAsync(ClaimsPrincipal user, string slug, string userId, AccessNeed need, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, need, ct);
        if (!grant.IsOk)
        {
            return grant.Fail<Found>();
        }
        var member = await db.OrganisationMembers.Include(m => m.User)
            .SingleOrDefaultAsync(m => m.OrganisationId == grant.Value!.Id && m.UserId == userId, ct);
        return member is null
            ? OrganizerResult<Found>.NotFound(l["This person is not a member of the organisation."])
            : OrganizerResult<Found>.Ok(new Found(member, member.User!.Email ?? ""));
    }

    /// <summary>A refusal when the change would leave the organisation without an owner, else null.</summary>
    public async Task<string?> LastOwnerRefusalAsync(OrganisationMember member, MemberRole? newRole, CancellationToken ct)
    {
        if (member.Role != MemberRole.Owner || newRole == MemberRole.Owner)
        {
            return null;
        }
        var owners = await db.OrganisationMembers.CountAsync(m => m.OrganisationId == member.OrganisationId && m.Role == MemberRole.Owner, ct);
        return owners > 1 ? null : l["An organisation must keep at least one owner. Make another member an owner first."].Value;
    }
}
