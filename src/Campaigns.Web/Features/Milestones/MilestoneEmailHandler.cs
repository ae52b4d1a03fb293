using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Following;
using Campaigns.Web.Outbox;
using Campaigns.Web.Resources;
using Campaigns.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Milestones;

/// <summary>Tells a follower that the person's support passed a round number, or that a campaign about them reached its goal.</summary>
public class MilestoneEmailHandler(CampaignsDbContext db, FollowerMail mail, IStringLocalizer<SharedResource> l) : IOutboxHandler
{
    public string Kind => FollowerEmails.Milestone;

    public async Task<string?> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var payload = message.ReadPayload<FollowerEmails.MilestonePayload>();
        var follower = await mail.FindActiveAsync(payload.FollowerId, cancellationToken);
        var milestone = await db.Milestones.AsNoTracking().Where(m => m.Id == payload.MilestoneId)
            .Select(m => new
            {
                m.Threshold,
                Campaign = db.Campaigns.Where(c => c.Id == m.CampaignId).Select(c => new { c.Title, c.Slug, c.Kind }).SingleOrDefault(),
                Case = db.Cases.Where(c => c.Id == m.CaseId).Select(c => new { c.Id, c.Name, c.Slug }).SingleOrDefault(),
            }).SingleOrDefaultAsync(cancellationToken);
        if (follower is null || milestone is null)
        {
            return null;
        }
        using var language = SupportedCultures.Use(follower.Culture);
        var (subject, news, link) = milestone.Campaign is { } campaign
            ? GoalNews(follower.CaseName, campaign.Title, campaign.Slug, campaign.Kind, milestone.Threshold)
            : await CaseNewsAsync(milestone.Case!.Id, milestone.Case.Name, milestone.Case.Slug, milestone.Threshold, cancellationToken);
        return await mail.SendAsync(message.DeliveryKey, Subscription.Follower, payload.FollowerId, follower.Email, "", subject,
            [news, l["Sharing the campaign with people you trust is the best way to reach the next milestone."]],
            l["See the campaign"], link, cancellationToken);
    }

    private (string Subject, string News, string Link) GoalNews(string caseName, string title, string slug, CampaignKind kind, int goal)
    {
        var count = SupportWords.Count(l, goal, [kind]);
        return (l["\"{0}\" has reached its goal of {1}", title, count],
            l["Thank you for following {0}. The campaign \"{1}\" has reached {2}.", caseName, title, count],
            $"/campaigns/{slug}");
    }

    private async Task<(string Subject, string News, string Link)> CaseNewsAsync(Guid caseId, string name, string slug, int threshold, CancellationToken ct)
    {
        var kinds = await db.Campaigns
            .Where(c => c.Status != CampaignStatus.Draft && db.CampaignCases.Any(cc => cc.CampaignId == c.Id && cc.CaseId == caseId))
            .Select(c => c.Kind).Distinct().ToListAsync(ct);
        var count = SupportWords.Count(l, threshold, kinds);
        return (l["Campaigns for {0} have passed {1}", name, count],
            l["Thank you for following {0}. Together, the campaigns for {0} have passed {1}.", name, count],
            $"/cases/{slug}");
    }
}
