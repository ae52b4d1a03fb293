using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Audit;

public sealed record AuditLine(DateTime At, string Actor, AuditAction Action, string Subject, string? Detail);

public sealed record AuditLogPage(string OrganisationSlug, string OrganisationName, IReadOnlyList<AuditLine> Lines, int Page, bool HasMore);

/// <summary>An organisation's audit log, newest first, for its owners and for admins.</summary>
public class AuditLog(IStringLocalizer<SharedResource> l, CampaignsDbContext db)
{
    public const int PageSize = 50;

    public async Task<OrganizerResult<AuditLogPage>> ReadAsync(ClaimsPrincipal user, string organisationSlug, int page, CancellationToken ct)
    {
        var organisation = await db.Organisations.AsNoTracking()
            .Where(o => o.Slug == organisationSlug)
            .Select(o => new { o.Id, o.Name, o.Slug })
            .SingleOrDefaultAsync(ct);
        if (organisation is null)
        {
            return OrganizerResult<AuditLogPage>.NotFound(l["There is no organisation '{0}'.", organisationSlug]);
        }
        if (!await IsOwnerOrAdminAsync(user, organisation.Id, ct))
        {
            return OrganizerResult<AuditLogPage>.Forbidden(l["Only the organisation's owners can read its audit log."]);
        }
        var lines = await db.AuditEntries.AsNoTracking()
            .Where(a => a.OrganisationId == organisation.Id)
            .OrderByDescending(a => a.Id)
            .Skip((page - 1) * PageSize).Take(PageSize + 1)
            .Select(a => new AuditLine(a.At, a.Actor, a.Action, a.Subject, a.Detail))
            .ToListAsync(ct);
        return OrganizerResult<AuditLogPage>.Ok(
            new AuditLogPage(organisation.Slug, organisation.Name, lines.Take(PageSize).ToList(), page, lines.Count > PageSize));
    }

    private async Task<bool> IsOwnerOrAdminAsync(ClaimsPrincipal user, Guid organisationId, CancellationToken ct)
    {
        if (user.IsInRole(Roles.Admin))
        {
            return true;
        }
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier);
        return userId is not null && await db.OrganisationMembers
            .AnyAsync(m => m.OrganisationId == organisationId && m.UserId == userId && m.Role == MemberRole.Owner, ct);
    }
}
