using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Features.Audit;
using Campaigns.Web.Domain;
using Campaigns.Web.Email;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Organizer;

public static class CreateCampaign
{
    public const string Petition = "petition";

    public sealed record Request : ICampaignFields
    {
        public string? Kind { get; init; }
        public string? Title { get; init; }
        public string? Slug { get; init; }
        public string? Summary { get; init; }
        public string? Body { get; init; }
        public string? StartedBy { get; init; }
        public int? Goal { get; init; }
        public DateTime? Deadline { get; init; }
        public Guid? OrganisationId { get; init; }
        public IReadOnlyList<TargetInput>? Targets { get; init; }
        public IReadOnlyList<string>? CaseSlugs { get; init; }
    }

    public class Validator : CampaignFieldsValidator<Request>
    {
        public Validator(IStringLocalizer<SharedResource> l, TimeProvider clock, IOptions<MailOptions> mail) : base(l, mail)
        {
            RuleFor(r => r.Kind).Must(k => k is null || KindOf(k) is not null)
                .WithMessage(_ => l["The kind is one of petition, appealLetter, signOnLetter or jointStatement."]);
            RuleFor(r => r.Slug).MaximumLength(CampaignSlugs.MaxLength)
                .Matches(CampaignSlugs.Pattern).WithMessage(_ => l["Use only lowercase letters a-z, digits and single hyphens in the address."])
                .Must(s => !CampaignSlugs.IsReserved(s)).WithMessage(_ => l["This address is reserved; choose another."])
                .When(r => !string.IsNullOrEmpty(r.Slug));
            RuleFor(r => r.Deadline).Must(d => d is null || Text.Utc(d) > clock.GetUtcNow().UtcDateTime)
                .WithMessage(_ => l["The deadline must be in the future."]);
            RuleFor(r => r.Targets).NotEmpty().WithMessage(_ => l["Add at least one target: the official the petition is addressed to."])
                .When(r => KindOf(r.Kind) != CampaignKind.JointStatement);
        }
    }

    /// <summary>The kind as the API names it (case aside); null when the name is unknown.</summary>
    public static CampaignKind? KindOf(string? name) =>
        name is null ? CampaignKind.Petition
            : Enum.TryParse<CampaignKind>(name, ignoreCase: true, out var kind) && !int.TryParse(name, out _) ? kind : null;

    public class Handler(IStringLocalizer<SharedResource> l, CampaignsDbContext db, CampaignAccess access, CampaignLinks links, GetCampaign.Handler campaigns, AuditTrail audit, TimeProvider clock)
    {
        public async Task<OrganizerResult<OrganizerCampaign>> HandleAsync(ClaimsPrincipal user, Request request, CancellationToken ct)
        {
            var organisation = await access.ChooseOrganisationAsync(user, request.OrganisationId, ct);
            if (!organisation.IsOk)
            {
                return organisation.Fail<OrganizerCampaign>();
            }
            var slug = request.Slug is { Length: > 0 } chosen ? chosen : await CampaignSlugs.FirstFreeAsync(db.Campaigns.Select(c => c.Slug), CampaignSlugs.FromTitle(request.Title!), ct);
            if (await db.Campaigns.AnyAsync(c => c.Slug == slug, ct))
            {
                return SlugTaken(slug);
            }
            var cases = await links.CasesAsync(request.CaseSlugs ?? [], ct);
            if (cases.Errors.Count > 0)
            {
                return OrganizerResult<OrganizerCampaign>.Invalid(cases.Errors);
            }
            var now = clock.GetUtcNow().UtcDateTime;
            var campaign = NewCampaign(organisation.Value, slug, request, now);
            var targets = await links.TargetsAsync(organisation.Value, request.Targets ?? [], [], now, ct);
            if (targets.Errors.Count > 0)
            {
                db.ChangeTracker.Clear();
                return OrganizerResult<OrganizerCampaign>.Invalid(targets.Errors);
            }
            campaign.Targets.AddRange(targets.Targets.Select((t, i) => new CampaignTarget { TargetId = t.Id, Position = i }));
            campaign.Cases.AddRange(cases.Ids.Select(id => new CampaignCase { CaseId = id }));
            db.Campaigns.Add(campaign);
            audit.Record(user, campaign.OrganisationId, AuditAction.CampaignCreated, slug);
            try
            {
                await db.SaveChangesAsync(ct);
            }
            catch (DbUpdateException ex) when (ex.IsUniqueViolation())
            {
                db.ChangeTracker.Clear();
                return SlugTaken(slug);
            }
            return OrganizerResult<OrganizerCampaign>.Ok(await campaigns.LoadAsync(campaign.Id, ct));
        }

        private OrganizerResult<OrganizerCampaign> SlugTaken(string slug) =>
            OrganizerResult<OrganizerCampaign>.Conflict(l["The address '{0}' is already used by another campaign; choose another.", slug]);

        private static Campaign NewCampaign(Guid organisationId, string slug, Request r, DateTime now) => new()
        {
            OrganisationId = organisationId,
            Slug = slug,
            Kind = KindOf(r.Kind) ?? CampaignKind.Petition,
            Status = CampaignStatus.Draft,
            Title = Text.Clean(r.Title)!,
            Summary = Text.CleanBlock(r.Summary)!,
            Body = Text.CleanBlock(r.Body)!,
            StartedBy = Text.Clean(r.StartedBy),
            Goal = r.Goal,
            Deadline = Text.Utc(r.Deadline),
            CreatedAt = now,
        };
    }
}
