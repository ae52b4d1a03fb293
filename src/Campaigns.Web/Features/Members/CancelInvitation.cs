using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Audit;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Members;

/// <summary>An owner withdraws an invitation; its emailed link stops working at once.</summary>
public class CancelInvitation(IStringLocalizer<SharedResource> l, CampaignsDbContext db, MemberAccess access, AuditTrail audit)
{
    public async Task<OrganizerResult<bool>> HandleAsync(ClaimsPrincipal user, string slug, Guid id, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.ManageMembers, ct);
        if (!grant.IsOk)
        {
            return grant.Fail<bool>();
        }
        var invitation = await db.OrganisationInvitations.SingleOrDefaultAsync(i => i.Id == id && i.OrganisationId == grant.Value!.Id, ct);
        if (invitation is null)
        {
            return OrganizerResult<bool>.NotFound(l["There is no such invitation; it may have been accepted or cancelled."]);
        }
        db.OrganisationInvitations.Remove(invitation);
        audit.Record(user, invitation.OrganisationId, AuditAction.InvitationCancelled, invitation.Email);
        await db.SaveChangesAsync(ct);
        return OrganizerResult<bool>.Ok(true);
    }
}
