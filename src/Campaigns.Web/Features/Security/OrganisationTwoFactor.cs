using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Audit;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Security;

/// <summary>An owner makes two-step verification required of every member of the organisation, or lifts it.</summary>
public class OrganisationTwoFactor(CampaignsDbContext db, AuditTrail audit)
{
    public enum Outcome { Changed, NotOwner, OwnerWithoutTwoFactor }

    public async Task<Outcome> SetAsync(ClaimsPrincipal actor, string slug, bool required, CancellationToken ct)
    {
        var userId = actor.FindFirstValue(ClaimTypes.NameIdentifier);
        var membership = await db.OrganisationMembers
            .Include(m => m.Organisation).Include(m => m.User)
            .SingleOrDefaultAsync(m => m.UserId == userId && m.Organisation!.Slug == slug && m.Role == MemberRole.Owner, ct);
        if (membership is null)
        {
            return Outcome.NotOwner;
        }
        // Requiring it without using it would shut the owner out at once.
        if (required && !membership.User!.TwoFactorEnabled)
        {
            return Outcome.OwnerWithoutTwoFactor;
        }
        var organisation = membership.Organisation!;
        if (organisation.RequireTwoFactor != required)
        {
            organisation.RequireTwoFactor = required;
            audit.Record(actor, organisation.Id, AuditAction.TwoFactorRequirementChanged, organisation.Slug, required ? "required" : "not required");
            await db.SaveChangesAsync(ct);
        }
        return Outcome.Changed;
    }
}
