using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Features.Audit;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Cases;

public static class CreateCase
{
    public sealed record Request : ICaseFields
    {
        public string? Slug { get; init; }
        public Guid? OrganisationId { get; init; }
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

    public class Validator : CaseFieldsValidator<Request>
    {
        public Validator(IStringLocalizer<SharedResource> l, TimeProvider clock) : base(l, clock)
        {
            RuleFor(r => r.Slug).MaximumLength(CaseLimits.Slug)
                .Matches(CampaignSlugs.Pattern).WithMessage(_ => l["Use only lowercase letters a-z, digits and single hyphens in the address."])
                .Must(s => !CaseSlugs.IsReserved(s)).WithMessage(_ => l["This address is reserved; choose another."])
                .When(r => !string.IsNullOrEmpty(r.Slug));
        }
    }

    public class Handler(IStringLocalizer<SharedResource> l, CampaignsDbContext db, CampaignAccess access, CaseQueries queries, AuditTrail audit, TimeProvider clock)
    {
        public async Task<OrganizerResult<CaseDetail>> HandleAsync(ClaimsPrincipal user, Request request, CancellationToken ct)
        {
            var organisation = await access.ChooseOrganisationAsync(user, request.OrganisationId, ct);
            if (!organisation.IsOk)
            {
                return organisation.Fail<CaseDetail>();
            }
            var slug = request.Slug is { Length: > 0 } chosen ? chosen : await CaseSlugs.FirstFreeAsync(db, Text.Clean(request.Name)!, ct);
            if (await db.Cases.AnyAsync(c => c.Slug == slug, ct))
            {
                return SlugTaken(slug);
            }
            var person = new Case { OrganisationId = organisation.Value, Slug = slug, CreatedAt = clock.GetUtcNow().UtcDateTime };
            CaseFieldsMapper.Apply(person, request);
            db.Cases.Add(person);
            audit.Record(user, person.OrganisationId, AuditAction.CaseCreated, slug);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException ex) when (ex.IsUniqueViolation())
            {
                db.ChangeTracker.Clear();
                return SlugTaken(slug);
            }
            return OrganizerResult<CaseDetail>.Ok(await queries.LoadAsync(person.Id, ct));
        }

        private OrganizerResult<CaseDetail> SlugTaken(string slug) =>
            OrganizerResult<CaseDetail>.Conflict(l["The address '{0}' is already used by another case; choose another.", slug]);
    }
}

internal static class CaseFieldsMapper
{
    public static void Apply(Case person, ICaseFields r)
    {
        CaseStatuses.TryParse(r.Status, out var status);
        person.Name = Text.Clean(r.Name)!;
        person.NativeName = Text.Clean(r.NativeName);
        person.Honorific = Text.Clean(r.Honorific);
        person.Country = Text.Clean(r.Country)?.ToUpperInvariant();
        person.Status = status;
        person.StatusChangedOn = r.StatusChangedOn;
        person.DetainedSince = r.DetainedSince;
        person.Charges = Text.CleanBlock(r.Charges);
        person.Sentence = Text.CleanBlock(r.Sentence);
        person.PlaceOfDetention = Text.Clean(r.PlaceOfDetention);
        person.Biography = Text.CleanBlock(r.Biography);
    }
}
