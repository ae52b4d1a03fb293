using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Organizer;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Answers;

/// <summary>The organizer's page of a campaign's officials; <see cref="Failed"/> is the official whose form is shown again with its errors.</summary>
public sealed record OrganizerAnswersPage(
    string Slug, string Title, CampaignStatus Status, bool MayChange, AnswerBoardView Board, Guid? Failed = null, AnswerInput? Input = null)
{
    public AnswerInput InputFor(OfficialAnswerRow official) =>
        Failed == official.TargetId && Input is not null ? Input : new AnswerInput { ReceivedOn = official.ReceivedOn, Summary = official.Summary };
}

/// <summary>What the organizers of a campaign see of its officials' answers; members who only look see it without the forms.</summary>
public class OrganizerAnswers(CampaignsDbContext db, CampaignAccess access, AnswerBoard board)
{
    public async Task<OrganizerResult<OrganizerAnswersPage>> PageAsync(ClaimsPrincipal user, string slug, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.See, ct);
        if (!grant.IsOk)
        {
            return grant.Fail<OrganizerAnswersPage>();
        }
        var mayChange = (await access.CheckAsync(user, slug, AccessNeed.Change, ct)).IsOk;
        var title = await db.Campaigns.AsNoTracking().Where(c => c.Id == grant.Value!.CampaignId).Select(c => c.Title).SingleAsync(ct);
        var view = await board.ForCampaignAsync(grant.Value!.CampaignId, ct);
        return OrganizerResult<OrganizerAnswersPage>.Ok(new OrganizerAnswersPage(slug, title, grant.Value.Status, mayChange, view));
    }
}
