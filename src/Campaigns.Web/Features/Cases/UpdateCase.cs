using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Audit;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Cases;

/// <summary>Replaces a case's profile; its address, advocates, updates and photo are kept.</summary>
public static class UpdateCase
{
    public sealed record Request : ICaseFields
    {
        public string? Name { get; init; }
        public string? NativeName { get; init; }
        public string? Honorific { get; init; }
        public string? Country { get; init; }
        public string? Status { get; init; }
        public DateOnly? StatusChangedOn { get; init; }
        public DateOnly? DetainedSince { get; init; }
        public string? Charges { get; init; }
        public string? Sentence { get; init; }
        public string? PlaceOfDetention { get; init; }
        public string? Biography { get; init; }
    }

    public class Validator(IStringLocalizer<SharedResource> l, TimeProvider clock) : CaseFieldsValidator<Request>(l, clock);

    public class Handler(CampaignsDbContext db, CaseAccess access, CaseQueries queries, AuditTrail audit)
    {
        public async Task<OrganizerResult<CaseDetail>> HandleAsync(ClaimsPrincipal user, string slug, Request request, CancellationToken ct)
        {
            var grant = await access.CheckAsync(user, slug, AccessNeed.Change, ct);
            if (!grant.IsOk)
            {
                return grant.Fail<CaseDetail>();
            }
            var person = await db.Cases.SingleAsync(c => c.Id == grant.Value!.CaseId, ct);
            CaseFieldsMapper.Apply(person, request);
            audit.Record(user, person.OrganisationId, AuditAction.CaseEdited, slug);
            await db.SaveChangesAsync(ct);
            return OrganizerResult<CaseDetail>.Ok(await queries.LoadAsync(person.Id, ct));
        }
    }
}
