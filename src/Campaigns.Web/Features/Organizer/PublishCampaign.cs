using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Features.Audit;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Campaigns;
using Campaigns.Web.Features.Series;
using Campaigns.Web.Outbox;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Organizer;

public static class PublishCampaign
{
    public class Handler(
        IStringLocalizer<SharedResource> l,
        CampaignsDbContext db, CampaignAccess access, GetCampaign.Handler campaigns, CampaignDirectory directory, OutboxJobs jobs, AuditTrail audit, TimeProvider clock)
    {
        public async Task<OrganizerResult<OrganizerCampaign>> HandleAsync(ClaimsPrincipal user, string slug, CancellationToken ct)
        {
            var grant = await access.CheckAsync(user, slug, AccessNeed.Change, ct);
            if (!grant.IsOk)
            {
                return grant.Fail<OrganizerCampaign>();
            }
            var campaignId = grant.Value!.CampaignId;
            var now = clock.GetUtcNow().UtcDateTime;
            var draft = await db.Campaigns.AsNoTracking()
                .Where(c => c.Id == campaignId)
                .Select(c => new { c.Status, c.Deadline, SaysWhom = c.Targets.Any() || (c.AddressedTo != null && c.AddressedTo != "") })
                .SingleAsync(ct);
            if (draft.Status != CampaignStatus.Draft)
            {
                return NotADraft();
            }
            if (!draft.SaysWhom)
            {
                return OrganizerResult<OrganizerCampaign>.Conflict(
                    l["Say whom the campaign is addressed to before publishing: add at least one target, or fill in \"Addressed to\" in the letter settings."]);
            }
            if (draft.Deadline <= now)
            {
                return OrganizerResult<OrganizerCampaign>.Conflict(l["The deadline has passed. Move it into the future before publishing."]);
            }
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            // The status condition makes two publishers racing each other succeed once.
            var published = await db.Campaigns
                .Where(c => c.Id == campaignId && c.Status == CampaignStatus.Draft)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CampaignStatus.Published).SetProperty(c => c.PublishedAt, now), ct);
            if (published == 0)
            {
                return NotADraft();
            }
            var fanOut = await FollowUpOutputs.PlanFanOutAsync(db, campaignId, now, ct);
            await audit.RecordNowAsync(user, grant.Value.OrganisationId, AuditAction.CampaignPublished, slug, ct);
            await transaction.CommitAsync(ct);
            if (fanOut is not null)
            {
                jobs.Enqueue(FollowUpOutputs.FanOutKind, [fanOut]);
            }
            directory.Forget(slug);
            return OrganizerResult<OrganizerCampaign>.Ok(await campaigns.LoadAsync(campaignId, ct));
        }

        private OrganizerResult<OrganizerCampaign> NotADraft() =>
            OrganizerResult<OrganizerCampaign>.Conflict(l["Only a draft can be published; this campaign has already been published."]);
    }
}
