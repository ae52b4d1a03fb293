using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Audit;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Outbox;
using Campaigns.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Members;

/// <summary>
/// An owner invites an address with a role; inviting it again renews the invitation (new role, new expiry, a new
/// email). The email is queued with the invitation, in the owner's language.
/// </summary>
public class InviteMember(
    IStringLocalizer<SharedResource> l, CampaignsDbContext db, MemberAccess access, AuditTrail audit, ILookupNormalizer normalizer,
    IOptions<MemberOptions> options, TimeProvider clock)
{
    public async Task<OrganizerResult<ListMembers.Invitation>> HandleAsync(ClaimsPrincipal user, string slug, InvitationRequest request, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.ManageMembers, ct);
        if (!grant.IsOk)
        {
            return grant.Fail<ListMembers.Invitation>();
        }
        var organisationId = grant.Value!.Id;
        var email = request.Email!.Trim();
        var normalized = normalizer.NormalizeEmail(email);
        if (await db.OrganisationMembers.AnyAsync(m => m.OrganisationId == organisationId && m.User!.NormalizedEmail == normalized, ct))
        {
            return OrganizerResult<ListMembers.Invitation>.Conflict(l["{0} is already a member of this organisation.", email]);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var invitation = await db.OrganisationInvitations.SingleOrDefaultAsync(i => i.OrganisationId == organisationId && i.NormalizedEmail == normalized, ct);
        if (invitation is null)
        {
            invitation = new OrganisationInvitation { OrganisationId = organisationId, NormalizedEmail = normalized };
            db.OrganisationInvitations.Add(invitation);
        }
        invitation.Email = email;
        invitation.Role = request.Role!.Value;
        invitation.InvitedByUserId = OrganisationAccess.UserId(user);
        invitation.CreatedAt = now;
        invitation.ExpiresAt = now + options.Value.InvitationLifetime;
        audit.Record(user, organisationId, AuditAction.MemberInvited, email, invitation.Role.ToString());
        db.Enqueue(InvitationEmails.Kind, InvitationEmails.DeliveryKey(invitation.Id, now), InvitationEmails.Payload.ForCurrentRequest(invitation.Id), now);
        await db.SaveChangesAsync(ct);
        return OrganizerResult<ListMembers.Invitation>.Ok(new(invitation.Id, email, invitation.Role, now, invitation.ExpiresAt, false));
    }
}
