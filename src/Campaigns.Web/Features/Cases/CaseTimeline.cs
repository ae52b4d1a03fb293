using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Features.Audit;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Cases;

/// <summary>
/// Something that must happen together with a new timeline entry, such as emailing the case's followers.
/// It runs before the one SaveChanges, on the same DbContext, so its rows (outbox messages) commit with the entry or not at all.
/// </summary>
public interface ICaseUpdateListener
{
    Task OnAddedAsync(Case person, CaseUpdate update, DateTime now, CancellationToken ct);
}

/// <summary>Adds, edits and deletes the dated updates on a case's timeline.</summary>
public class CaseTimeline(
    IStringLocalizer<SharedResource> l,
    CampaignsDbContext db, CaseAccess access, CaseQueries queries, IEnumerable<ICaseUpdateListener> listeners, AuditTrail audit, TimeProvider clock)
{
    public const int MaxPerCase = 1000;

    public async Task<OrganizerResult<CaseDetail>> AddAsync(ClaimsPrincipal user, string slug, CaseUpdateInput input, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.Change, ct);
        if (!grant.IsOk)
        {
            return grant.Fail<CaseDetail>();
        }
        var person = await db.Cases.SingleAsync(c => c.Id == grant.Value!.CaseId, ct);
        if (await db.CaseUpdates.CountAsync(u => u.CaseId == person.Id, ct) >= MaxPerCase)
        {
            return OrganizerResult<CaseDetail>.Invalid("date", l["A case can have at most {0} updates.", MaxPerCase]);
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var update = new CaseUpdate { CaseId = person.Id, CreatedAt = now };
        input.ApplyTo(update);
        db.CaseUpdates.Add(update);
        foreach (var listener in listeners)
        {
            await listener.OnAddedAsync(person, update, now, ct);
        }
        audit.Record(user, person.OrganisationId, AuditAction.CaseEdited, slug, AuditDetails.TimelineAdded);
        await db.SaveChangesAsync(ct);
        return OrganizerResult<CaseDetail>.Ok(await queries.LoadAsync(person.Id, ct));
    }

    public async Task<OrganizerResult<CaseDetail>> EditAsync(ClaimsPrincipal user, string slug, Guid id, CaseUpdateInput input, CancellationToken ct)
    {
        var found = await FindAsync(user, slug, id, ct);
        if (!found.IsOk)
        {
            return found.Fail<CaseDetail>();
        }
        input.ApplyTo(found.Value!.Update);
        audit.Record(user, found.Value.Grant.OrganisationId, AuditAction.CaseEdited, slug, AuditDetails.TimelineEdited);
        await db.SaveChangesAsync(ct);
        return OrganizerResult<CaseDetail>.Ok(await queries.LoadAsync(found.Value.Grant.CaseId, ct));
    }

    public async Task<OrganizerResult<CaseDetail>> DeleteAsync(ClaimsPrincipal user, string slug, Guid id, CancellationToken ct)
    {
        var found = await FindAsync(user, slug, id, ct);
        if (!found.IsOk)
        {
            return found.Fail<CaseDetail>();
        }
        db.CaseUpdates.Remove(found.Value!.Update);
        audit.Record(user, found.Value.Grant.OrganisationId, AuditAction.CaseEdited, slug, AuditDetails.TimelineDeleted);
        await db.SaveChangesAsync(ct);
        return OrganizerResult<CaseDetail>.Ok(await queries.LoadAsync(found.Value.Grant.CaseId, ct));
    }

    private sealed record Found(CaseGrant Grant, CaseUpdate Update);

    private async Task<OrganizerResult<Found>> FindAsync(ClaimsPrincipal user, string slug, Guid id, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.Change, ct);
        if (!grant.IsOk)
        {
            return grant.Fail<Found>();
        }
        var update = await db.CaseUpdates.SingleOrDefaultAsync(u => u.Id == id && u.CaseId == grant.Value!.CaseId, ct);
        return update is null
            ? OrganizerResult<Found>.NotFound(l["This case has no such update."])
            : OrganizerResult<Found>.Ok(new Found(grant.Value!, update));
    }
}
