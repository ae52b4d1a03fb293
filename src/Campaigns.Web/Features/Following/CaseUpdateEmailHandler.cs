using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Outbox;
using Campaigns.Web.Resources;
using Campaigns.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Following;

public class CaseUpdateEmailHandler(CampaignsDbContext db, FollowerMail mail, IStringLocalizer<SharedResource> l) : IOutboxHandler
{
    public string Kind => FollowerEmails.CaseUpdate;

    public async Task<string?> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var payload = message.ReadPayload<FollowerEmails.CaseUpdatePayload>();
        if (await mail.FindActiveAsync(payload.FollowerId, cancellationToken) is not { } follower)
        {
            return null;
        }
        var news = await db.CaseUpdates.AsNoTracking().Where(u => u.Id == payload.UpdateId && u.CaseId == follower.CaseId)
            .Select(u => new { u.Date, u.Summary, u.SourceName, u.SourceUrl }).SingleOrDefaultAsync(cancellationToken);
        if (news is null)
        {
            return null;
        }
        using var language = SupportedCultures.Use(follower.Culture);
        var source = news.SourceName is null ? null : l["Source: {0}", news.SourceUrl is null ? news.SourceName : $"{news.SourceName} ({news.SourceUrl})"].Value;
        return await mail.SendAsync(message.DeliveryKey, Subscription.Follower, payload.FollowerId, follower.Email, "",
            l["News about {0}", follower.CaseName],
            new[] { l["{0:d MMMM yyyy}: {1}", news.Date.ToDateTime(TimeOnly.MinValue), news.Summary].Value, source }.OfType<string>(),
            l["See the case"], $"/cases/{follower.CaseSlug}", cancellationToken);
    }
}
