using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Email;
using Campaigns.Web.Features.MySignatures;
using Campaigns.Web.Features.Undeliverable;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Outbox;
using Campaigns.Web.Resources;
using Campaigns.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Following;

public class FollowerConfirmationEmailHandler(
    CampaignsDbContext db, SupporterEmailSender sender, FollowerTokens tokens, MySignaturesLinks links,
    IOptions<CampaignsOptions> options, IStringLocalizer<SharedResource> l) : IOutboxHandler
{
    public string Kind => FollowerEmails.Confirmation;

    public async Task<string?> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var id = message.ReadPayload<FollowerEmails.ConfirmationPayload>().FollowerId;
        var follower = await (from f in db.Followers.AsNoTracking()
                              join c in db.Cases on f.CaseId equals c.Id
                              where f.Id == id && f.ConfirmedAt == null && f.UnsubscribedAt == null
                              select new { f.Email, f.Culture, c.Name }).SingleOrDefaultAsync(cancellationToken);
        if (follower is null)
        {
            return null;
        }
        using var language = SupportedCultures.Use(follower.Culture);
        var email = links.AddTo(EmailComposer.Compose(follower.Email, "",
            l["Please confirm that you want to follow {0}", follower.Name],
            [
                l["Someone, probably you, asked to follow {0} with this email address.", follower.Name].Value,
                l["To start getting milestones, news about the case and new actions, open the link below and press the button on that page."],
                l["If you did not ask, ignore this email: nothing will be sent to you."],
            ],
            new EmailComposer.Action(l["Confirm that I follow this case"], options.Value.Link($"/follow/confirm/{tokens.Issue(id)}"))));
        return await sender.SendAsync(email with { DeliveryKey = message.DeliveryKey }, cancellationToken);
    }
}
