using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Features.Audit;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Cases;

/// <summary>Adds, edits, removes and reorders the advocates and partners listed on a case.</summary>
public class ManageAdvocates(IStringLocalizer<SharedResource> l, CampaignsDbContext db, CaseAccess access, CaseQueries queries, AuditTrail audit)
{
    public const int MaxPerCase = 50;

    public sealed record OrderRequest
    {
        public IReadOnlyList<Guid>? Ids { get; init; }
    }

    public Task<OrganizerResult<CaseDetail>> AddAsync(ClaimsPrincipal user, string slug, AdvocateInput input, CancellationToken ct) =>
        ChangeAsync(user, slug, ct, async grant =>
        {
            var advocates = await db.CaseAdvocates.Where(a => a.CaseId == grant.CaseId).Select(a => a.Position).ToListAsync(ct);
            if (advocates.Count >= MaxPerCase)
            {
                return OrganizerResult<CaseDetail>.Invalid("name", l["A case can list at most {0} advocates and partners.", MaxPerCase]);
            }
            var advocate = new CaseAdvocate { CaseId = grant.CaseId, Position = advocates.Count == 0 ? 0 : advocates.Max() + 1 };
            input.ApplyTo(advocate);
            db.CaseAdvocates.Add(advocate);
            return null;
        });

    public Task<OrganizerResult<CaseDetail>> UpdateAsync(ClaimsPrincipal user, string slug, Guid id, AdvocateInput input, CancellationToken ct) =>
        ChangeAsync(user, slug, ct, async grant =>
        {
            var advocate = await db.CaseAdvocates.SingleOrDefaultAsync(a => a.Id == id && a.CaseId == grant.CaseId, ct);
            if (advocate is null)
            {
                return Missing;
            }
            input.ApplyTo(advocate);
            return null;
        });

    public Task<OrganizerResult<CaseDetail>> RemoveAsync(ClaimsPrincipal user, string slug, Guid id, CancellationToken ct) =>
        ChangeAsync(user, slug, ct, async grant =>
        {
            var advocate = await db.CaseAdvocates.SingleOrDefaultAsync(a => a.Id == id && a.CaseId == grant.CaseId, ct);
            if (advocate is null)
            {
                return Missing;
            }
            db.CaseAdvocates.Remove(advocate);
            return null;
        });

    public Task<OrganizerResult<CaseDetail>> ReorderAsync(ClaimsPrincipal user, string slug, OrderRequest request, CancellationToken ct) =>
        ChangeAsync(user, slug, ct, async grant =>
        {
            var advocates = await db.CaseAdvocates.Where(a => a.CaseId == grant.CaseId).ToListAsync(ct);
            var ids = request.Ids ?? [];
            if (ids.Count != advocates.Count || ids.Distinct().Count() != ids.Count || advocates.Any(a => !ids.Contains(a.Id)))
            {
                return OrganizerResult<CaseDetail>.Invalid("ids", l["List every advocate and partner of the case exactly once, in the new order."]);
            }
            foreach (var advocate in advocates)
            {
                advocate.Position = IndexOf(ids, advocate.Id);
            }
            return null;
        });

    private async Task<OrganizerResult<CaseDetail>> ChangeAsync(
        ClaimsPrincipal user, string slug, CancellationToken ct, Func<CaseGrant, Task<OrganizerResult<CaseDetail>?>> change)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.Change, ct);
        if (!grant.IsOk)
        {
            return grant.Fail<CaseDetail>();
        }
        if (await change(grant.Value!) is { } refusal)
        {
            return refusal;
        }
        audit.Record(user, grant.Value!.OrganisationId, AuditAction.CaseEdited, slug, AuditDetails.AdvocatesChanged);
        await db.SaveChangesAsync(ct);
        return OrganizerResult<CaseDetail>.Ok(await queries.LoadAsync(grant.Value!.CaseId, ct));
    }

    private OrganizerResult<CaseDetail> Missing => OrganizerResult<CaseDetail>.NotFound(l["This case lists no such advocate or partner."]);

    private static int IndexOf(IReadOnlyList<Guid> ids, Guid id)
    {
        for (var i = 0; i < ids.Count; i++)
        {
            if (ids[i] == id)
            {
                return i;
            }
        }
        return -1;
    }
}
