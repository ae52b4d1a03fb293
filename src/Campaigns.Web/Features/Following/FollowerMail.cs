using Campaigns.Web.Data;
using Campaigns.Web.Email;
using Campaigns.Web.Features.MySignatures;
using Campaigns.Web.Features.Undeliverable;
using Campaigns.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Following;

/// <summary>
/// What every email to a subscriber shares: it goes only to a follower who confirmed and has not unsubscribed,
/// and it carries the one-click unsubscribe.
/// </summary>
public class FollowerMail(
    CampaignsDbContext db, SupporterEmailSender sender, UnsubscribeLinks unsubscribe, MySignaturesLinks mySignatures, IOptions<CampaignsOptions> options)
{
    public sealed record ActiveFollower(string Email, Guid CaseId, string CaseName, string CaseSlug, string? Culture);

    /// <summary>The follower and the case they follow, or null when nothing should be sent to them.</summary>
    public Task<ActiveFollower?> FindActiveAsync(Guid followerId, CancellationToken ct) =>
        (from f in db.Followers.AsNoTracking().Where(FollowerNews.IsActive)
         join c in db.Cases on f.CaseId equals c.Id
         where f.Id == followerId
         select new ActiveFollower(f.Email, c.Id, c.Name, c.Slug, f.Culture)).SingleOrDefaultAsync(ct);

    public async Task<string?> SendAsync(
        string deliveryKey, Subscription kind, Guid id, string toAddress, string toName, string subject,
        IEnumerable<string> paragraphs, string actionLabel, string actionPath, CancellationToken ct) =>
        await sender.SendAsync(
            mySignatures.AddTo(unsubscribe.Compose(kind, id, toAddress, toName, subject, paragraphs, new EmailComposer.Action(actionLabel, options.Value.Link(actionPath))))
                with { DeliveryKey = deliveryKey },
            ct);
}
