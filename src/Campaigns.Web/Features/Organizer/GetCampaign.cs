using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Features.Campaigns;
using Campaigns.Web.Features.Counting;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Organizer;

public static class GetCampaign
{
    public class Handler(CampaignsDbContext db, CampaignAccess access)
    {
        public async Task<OrganizerResult<OrganizerCampaign>> HandleAsync(ClaimsPrincipal user, string slug, CancellationToken ct)
        {
            var grant = await access.CheckAsync(user, slug, AccessNeed.See, ct);
            return grant.IsOk ? OrganizerResult<OrganizerCampaign>.Ok(await LoadAsync(grant.Value!.CampaignId, ct)) : grant.Fail<OrganizerCampaign>();
        }

        public Task<OrganizerCampaign> LoadAsync(Guid campaignId, CancellationToken ct) =>
            db.Campaigns.AsNoTracking()
                .Where(c => c.Id == campaignId)
                .Select(c => new OrganizerCampaign(
                    c.Slug, c.Kind, c.Status, c.Title, c.Summary, c.Body, c.StartedBy, c.Goal, c.Deadline, c.ClosingMessage,
                    c.CreatedAt, c.PublishedAt, c.ClosedAt, c.OrganisationId, c.Organisation!.Name,
                    CampaignSupport.Of(c.Kind, c.SignatureCount, c.ListedCount, c.OfflineCount, c.OrganisationCount, c.OfflineCountedOn, c.PaperCount),
                    db.Signatures.ThatArePending().Count(s => s.CampaignId == c.Id),
                    c.Targets.OrderBy(t => t.Position)
                        .Select(t => new OrganizerTarget(
                            t.Target!.Name, t.Target.Title, t.Target.Affiliation, t.Target.Country, t.Target.Email,
                            t.TargetId, t.NoFurtherActionAt, t.NoFurtherActionReason,
                            db.Cases.Where(x => x.Id == t.OnBehalfOfCaseId).Select(x => x.Slug).FirstOrDefault()))
                        .ToList(),
                    c.Cases.OrderBy(x => x.Case!.Name).Select(x => new CaseLink(x.Case!.Slug, x.Case.Name, x.Case.NativeName)).ToList()))
                .AsSplitQuery()
                .SingleAsync(ct);
    }
}
