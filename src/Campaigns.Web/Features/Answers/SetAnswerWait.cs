using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Audit;
using Campaigns.Web.Features.Organizer;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Answers;

/// <summary>Sets after how many days an official's silence shows as "no answer" on the campaign's pages.</summary>
public class SetAnswerWait(CampaignsDbContext db, CampaignAccess access, AnswerBoard board, AuditTrail audit)
{
    public async Task<OrganizerResult<AnswerBoardView>> HandleAsync(ClaimsPrincipal user, string slug, AnswerWaitInput input, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.Change, ct);
        if (!grant.IsOk)
        {
            return grant.Fail<AnswerBoardView>();
        }
        var campaign = await db.Campaigns.SingleAsync(c => c.Id == grant.Value!.CampaignId, ct);
        if (campaign.AnswerWaitDays != input.WaitDays!.Value)
        {
            campaign.AnswerWaitDays = input.WaitDays.Value;
            audit.Record(user, campaign.OrganisationId, AuditAction.AnswerWaitChanged, slug, input.WaitDays.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            await db.SaveChangesAsync(ct);
        }
        return OrganizerResult<AnswerBoardView>.Ok(await board.ForCampaignAsync(campaign.Id, ct));
    }
}
