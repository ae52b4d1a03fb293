using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;

namespace Campaigns.Web.Features.Audit;

/// <summary>
/// Adds a line to an organisation's audit log in the caller's unit of work, so the line commits with the change it
/// describes, or not at all.
/// </summary>
public class AuditTrail(CampaignsDbContext db, TimeProvider clock)
{
    public void Record(ClaimsPrincipal actor, Guid organisationId, AuditAction action, string subject, string? detail = null) =>
        db.AuditEntries.Add(new AuditEntry
        {
            OrganisationId = organisationId,
            UserId = actor.FindFirstValue(ClaimTypes.NameIdentifier),
            Actor = Shorten(actor.Identity?.Name ?? "", 256),
            Action = action,
            Subject = Shorten(subject, 300),
            Detail = detail is null ? null : Shorten(detail, 500),
            At = clock.GetUtcNow().UtcDateTime,
        });

    /// <summary>For changes written with bulk updates, which the unit of work does not save.</summary>
    public async Task RecordNowAsync(ClaimsPrincipal actor, Guid organisationId, AuditAction action, string subject, CancellationToken ct, string? detail = null)
    {
        Record(actor, organisationId, action, subject, detail);
        await db.SaveChangesAsync(ct);
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..length];
}
