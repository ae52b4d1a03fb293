using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Email;
using Campaigns.Web.Features.Following;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Outbox;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Milestones;

/// <summary>Tells a follower that the person's support passed a round number, or that a campaign about them reached its goal.</summary>
public class MilestoneEmailHandler(
    CampaignsDbContext db, IEmailSender sender, UnsubscribeLinks unsubscribe,
    IOptions<CampaignsOptions> options, IStringLocalizer<SharedResource> l) : IOutboxHandler
{
    public string Kind => FollowerEmails.Milestone;

    public async Task<string?> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var payload = message.ReadPayload<FollowerEmails.MilestonePayload>();
        var follower = await db.Followers.AsNoTracking()
            .Where(f => f.Id == payload.FollowerId && f.ConfirmedAt != null && f.UnsubscribedAt == null)
            .Select(f => new { f.Email, CaseName = db.Cases.Where(c => c.Id == f.CaseId).Select(c => c.Name).Single() })
            .SingleOrDefaultAsync(cancellationToken);
        var milestone = await db.Milestones.AsNoTracking().Where(m => m.Id == payload.MilestoneId)
            .Select(m => new
            {
                m.Threshold,
                Campaign = db.Campaigns.Where(c => c.Id == m.CampaignId).Select(c => new { c.Title, c.Slug }).SingleOrDefault(),
                Case = db.Cases.Where(c => c.Id == m.CaseId).Select(c => new { c.Name, c.Slug }).SingleOrDefault(),
            }).SingleOrDefaultAsync(cancellationToken);
        if (follower is null || milestone is null)
        {
            return null;
        }
        var count = milestone.Threshold.ToString("N0");
        var (subject, news, link) = milestone.Campaign is { } campaign
            ? (l["\"{0}\" has reached its goal of {1} signatures", campaign.Title, count],
                l["Thank you for following {0}. The campaign \"{1}\" now has more than {2} confirmed signatures.", follower.CaseName, campaign.Title, count],
                $"/campaigns/{campaign.Slug}")
            : (l["Campaigns for {0} have passed {1} signatures", milestone.Case!.Name, count],
                l["Thank you for following {0}. Together, the campaigns for {0} now have more than {1} confirmed signatures.", milestone.Case.Name, count],
                $"/cases/{milestone.Case.Slug}");
        var email = unsubscribe.Compose(Subscription.Follower, payload.FollowerId, follower.Email, "", subject,
            [news, l["Sharing the campaign with people you trust is the best way to reach the next milestone."]],
            new EmailComposer.Action(l["See the campaign"], options.Value.Link(link)));
        return await sender.SendAsync(email, cancellationToken);
    }
}
