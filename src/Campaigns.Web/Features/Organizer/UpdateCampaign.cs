using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Features.Audit;
using Campaigns.Web.Domain;
using Campaigns.Web.Email;
using Campaigns.Web.Features.Campaigns;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Organizer;

/// <summary>
/// Rewrites a campaign's summary, goal and deadline. The title, full text, targets and cases change only on
/// drafts: people who signed agreed to that text, addressed to those officials.
/// </summary>
public static class UpdateCampaign
{
    public sealed record Request : ICampaignFields
    {
        public string? Title { get; init; }
        public string? Summary { get; init; }
        public string? Body { get; init; }
        public string? StartedBy { get; init; }
        public int? Goal { get; init; }
        public DateTime? Deadline { get; init; }
        public IReadOnlyList<TargetInput>? Targets { get; init; }
        public IReadOnlyList<string>? CaseSlugs { get; init; }
    }

    public class Validator : CampaignFieldsValidator<Request>
    {
        public Validator(IStringLocalizer<SharedResource> l, IOptions<MailOptions> mail) : base(l, mail)
        {
            RuleFor(r => r.Targets).Must(t => t is null || t.Count > 0)
                .WithMessage(_ => l["A campaign needs at least one target; leave the list out to keep the current targets."]);
        }
    }

    public class Handler(
        IStringLocalizer<SharedResource> l,
        CampaignsDbContext db, CampaignAccess access, CampaignLinks links, GetCampaign.Handler campaigns,
        CampaignDirectory directory, AuditTrail audit, TimeProvider clock)
    {
        public async Task<OrganizerResult<OrganizerCampaign>> HandleAsync(ClaimsPrincipal user, string slug, Request request, CancellationToken ct)
        {
            var grant = await access.CheckAsync(user, slug, AccessNeed.Change, ct);
            if (!grant.IsOk)
            {
                return grant.Fail<OrganizerCampaign>();
            }
            var campaign = await db.Campaigns.Include(c => c.Targets).Include(c => c.Cases).SingleAsync(c => c.Id == grant.Value!.CampaignId, ct);
            var now = clock.GetUtcNow().UtcDateTime;
            if (Refuse(campaign, request, now) is { } refusal)
            {
                return refusal;
            }
            if (request.CaseSlugs is { } caseSlugs)
            {
                var cases = await links.CasesAsync(caseSlugs, ct);
                if (cases.Errors.Count > 0)
                {
                    return OrganizerResult<OrganizerCampaign>.Invalid(cases.Errors);
                }
                ReplaceCases(campaign, cases.Ids);
            }
            if (request.Targets is { } targets)
            {
                var linked = await links.TargetsAsync(campaign.OrganisationId, targets, campaign.Targets.Select(t => t.TargetId).ToList(), now, ct);
                if (linked.Errors.Count > 0)
                {
                    db.ChangeTracker.Clear();
                    return OrganizerResult<OrganizerCampaign>.Invalid(linked.Errors);
                }
                ReplaceTargets(campaign, linked.Targets);
            }
            Apply(campaign, request);
            audit.Record(user, campaign.OrganisationId, AuditAction.CampaignEdited, slug);
            await db.SaveChangesAsync(ct);
            directory.Forget(slug);
            return OrganizerResult<OrganizerCampaign>.Ok(await campaigns.LoadAsync(campaign.Id, ct));
        }

        private OrganizerResult<OrganizerCampaign>? Refuse(Campaign campaign, Request request, DateTime now)
        {
            if (campaign.Status == CampaignStatus.Closed)
            {
                return OrganizerResult<OrganizerCampaign>.Conflict(l["A closed campaign can no longer be changed."]);
            }
            if (campaign.Status != CampaignStatus.Draft && (request.Targets is not null || request.CaseSlugs is not null))
            {
                return OrganizerResult<OrganizerCampaign>.Conflict(l["Targets and cases can only be changed while the campaign is a draft."]);
            }
            if (campaign.Status != CampaignStatus.Draft && RewritesText(campaign, request))
            {
                return OrganizerResult<OrganizerCampaign>.Conflict(
                    l["The title and full text of a published campaign can no longer change: people have signed them. The summary, goal and deadline can still be edited."]);
            }
            if (campaign.Kind == CampaignKind.AppealLetter && campaign.EditableText is not null
                && !Letters.LetterTemplate.HasEditablePart(Text.CleanBlock(request.Body) ?? ""))
            {
                return OrganizerResult<OrganizerCampaign>.Invalid(nameof(Request.Body),
                    "This appeal letter has an editable paragraph: keep {editable} in the text where it goes.");
            }
            var deadline = Text.Utc(request.Deadline);
            if (deadline != campaign.Deadline && deadline <= now)
            {
                return OrganizerResult<OrganizerCampaign>.Invalid(nameof(Request.Deadline), l["The deadline must be in the future."]);
            }
            return null;
        }

        private static bool RewritesText(Campaign campaign, Request request) =>
            Text.Clean(request.Title) != Text.Clean(campaign.Title) || Text.CleanBlock(request.Body) != Text.CleanBlock(campaign.Body);

        private static void Apply(Campaign campaign, Request r)
        {
            campaign.Title = Text.Clean(r.Title)!;
            campaign.Summary = Text.CleanBlock(r.Summary)!;
            campaign.Body = Text.CleanBlock(r.Body)!;
            campaign.StartedBy = Text.Clean(r.StartedBy);
            campaign.Goal = r.Goal;
            campaign.Deadline = Text.Utc(r.Deadline);
        }

        // Rows are kept, moved or removed rather than replaced, so a target that stays keeps its key.
        private static void ReplaceTargets(Campaign campaign, IReadOnlyList<Target> targets)
        {
            var wanted = targets.Select((t, i) => (t.Id, Position: i)).ToDictionary(x => x.Id, x => x.Position);
            campaign.Targets.RemoveAll(t => !wanted.ContainsKey(t.TargetId));
            foreach (var (targetId, position) in wanted)
            {
                var existing = campaign.Targets.FirstOrDefault(t => t.TargetId == targetId);
                if (existing is null)
                {
                    campaign.Targets.Add(new CampaignTarget { TargetId = targetId, Position = position });
                }
                else
                {
                    existing.Position = position;
                }
            }
        }

        private static void ReplaceCases(Campaign campaign, IReadOnlyList<Guid> caseIds)
        {
            campaign.Cases.RemoveAll(c => !caseIds.Contains(c.CaseId));
            campaign.Cases.AddRange(caseIds.Where(id => campaign.Cases.All(c => c.CaseId != id)).Select(id => new CampaignCase { CaseId = id }));
        }
    }
}
