using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Email;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Outbox;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Following;

public class CaseUpdateEmailHandler(
    CampaignsDbContext db, IEmailSender sender, UnsubscribeLinks unsubscribe,
    IOptions<CampaignsOptions> options, IStringLocalizer<SharedResource> l) : IOutboxHandler
{
    public string Kind => FollowerEmails.CaseUpdate;

    public async Task<string?> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var payload = message.ReadPayload<FollowerEmails.CaseUpdatePayload>();
        var news = await (from u in db.CaseUpdates.AsNoTracking()
                          join c in db.Cases on u.CaseId equals c.Id
                          join f in db.Followers on c.Id equals f.CaseId
                          where u.Id == payload.UpdateId && f.Id == payload.FollowerId && f.ConfirmedAt != null && f.UnsubscribedAt == null
                          select new { f.Email, c.Name, c.Slug, u.Date, u.Summary, u.SourceName, u.SourceUrl }).SingleOrDefaultAsync(cancellationToken);
        if (news is null)
        {
            return null;
        }
        var source = news.SourceName is null ? null : l["Source: {0}", news.SourceUrl is null ? news.SourceName : $"{news.SourceName} ({news.SourceUrl})"].Value;
        var email = unsubscribe.Compose(Subscription.Follower, payload.FollowerId, news.Email, "",
            l["News about {0}", news.Name],
            new[] { l["{0:d MMMM yyyy}: {1}", news.Date.ToDateTime(TimeOnly.MinValue), news.Summary].Value, source }.OfType<string>(),
            new EmailComposer.Action(l["See the case"], options.Value.Link($"/cases/{news.Slug}")));
        return await sender.SendAsync(email, cancellationToken);
    }
}
