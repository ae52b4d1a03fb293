using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Audit;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Members;

public sealed record InvitationView(Guid Id, string Organisation, string OrganisationSlug, string Email, MemberRole Role, DateTime ExpiresAt);

/// <summary>The account whose email the invitation was sent to joins the organisation with the invited role.</summary>
public class AcceptInvitation(
    IStringLocalizer<SharedResource> l, CampaignsDbContext db, InvitationEmails codes, AuditTrail audit, UserManager<User> users, TimeProvider clock)
{
    /// <summary>The invitation the code names, while it can still be accepted.</summary>
    public async Task<OrganizerResult<InvitationView>> FindAsync(string? code, CancellationToken ct)
    {
        var id = codes.Read(code);
        var now = clock.GetUtcNow().UtcDateTime;
        var found = id is null ? null : await db.OrganisationInvitations.AsNoTracking()
            .Where(i => i.Id == id)
            .Select(i => new InvitationView(i.Id, i.Organisation!.Name, i.Organisation.Slug, i.Email, i.Role, i.ExpiresAt))
            .SingleOrDefaultAsync(ct);
        return found is null ? OrganizerResult<InvitationView>.NotFound(l["This invitation does not exist any more: it was accepted or cancelled, or the link is incomplete."])
            : found.ExpiresAt <= now ? OrganizerResult<InvitationView>.Conflict(l["This invitation has expired. Ask an owner of the organisation to invite you again."])
            : OrganizerResult<InvitationView>.Ok(found);
    }

    public async Task<OrganizerResult<InvitationView>> HandleAsync(ClaimsPrincipal principal, string? code, CancellationToken ct)
    {
        var found = await FindAsync(code, ct);
        if (!found.IsOk)
        {
            return found;
        }
        var invitation = await db.OrganisationInvitations.SingleAsync(i => i.Id == found.Value!.Id, ct);
        var user = await users.GetUserAsync(principal);
        if (user is null || user.NormalizedEmail != invitation.NormalizedEmail)
        {
            return OrganizerResult<InvitationView>.Forbidden(l["This invitation was sent to another email address. Sign in with the account for that address to accept it."]);
        }
        var member = await db.OrganisationMembers.SingleOrDefaultAsync(m => m.OrganisationId == invitation.OrganisationId && m.UserId == user.Id, ct);
        if (member is null)
        {
            db.OrganisationMembers.Add(new OrganisationMember
            {
                OrganisationId = invitation.OrganisationId, UserId = user.Id, Role = invitation.Role, JoinedAt = clock.GetUtcNow().UtcDateTime,
            });
            audit.Record(principal, invitation.OrganisationId, AuditAction.MemberJoined, invitation.Email, invitation.Role.ToString());
        }
        db.OrganisationInvitations.Remove(invitation);
        await db.SaveChangesAsync(ct);
        return found;
    }

    /// <summary>Invitations waiting for the signed-in account's address, for its dashboard.</summary>
    public async Task<IReadOnlyList<(InvitationView Invitation, string Code)>> ForAsync(ClaimsPrincipal principal, CancellationToken ct)
    {
        var normalized = (await users.GetUserAsync(principal))?.NormalizedEmail;
        var now = clock.GetUtcNow().UtcDateTime;
        var found = normalized is null ? [] : await db.OrganisationInvitations.AsNoTracking()
            .Where(i => i.NormalizedEmail == normalized && i.ExpiresAt > now)
            .OrderBy(i => i.CreatedAt)
            .Select(i => new InvitationView(i.Id, i.Organisation!.Name, i.Organisation.Slug, i.Email, i.Role, i.ExpiresAt))
            .ToListAsync(ct);
        return found.Select(i => (i, codes.Code(i.Id))).ToList();
    }
}
