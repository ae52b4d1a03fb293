using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Email;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Infrastructure.Localization;
using Campaigns.Web.Outbox;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Fraud;

/// <summary>Tells an admin that a campaign's signing rate jumped, with a link to where its signatures come from.</summary>
public class SigningRateAlertEmail(
    CampaignsDbContext db, IEmailSender sender, IOptions<CampaignsOptions> campaigns, IOptions<FraudOptions> fraud,
    IStringLocalizer<SharedResource> l) : IOutboxHandler
{
    public const string Kind = "signing-rate-alert";

    public sealed record Payload(long AlertId, string UserId, int Usual);

    string IOutboxHandler.Kind => Kind;

    public async Task<string?> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var payload = message.ReadPayload<Payload>();
        var alert = await (from a in db.SigningRateAlerts
                           join c in db.Campaigns on a.CampaignId equals c.Id
                           where a.Id == payload.AlertId
                           select new { a.RecentSignatures, c.Title, c.Slug }).AsNoTracking().SingleOrDefaultAsync(cancellationToken);
        var admin = await db.Users.AsNoTracking().Where(u => u.Id == payload.UserId)
            .Select(u => new { u.Email, u.DisplayName }).SingleOrDefaultAsync(cancellationToken);
        if (alert is null || admin?.Email is null)
        {
            return null;
        }
        EmailMessage email;
        // Admin accounts keep no language of their own; alerts go out in English.
        using (SupportedCultures.Use(null))
        {
            email = EmailComposer.Compose(admin.Email, admin.DisplayName,
                l["Signing rate jump: {0}", alert.Title],
                [
                    l["\"{0}\" received {1} signatures in the last {2} minutes; usually about {3} in that time.",
                        alert.Title, alert.RecentSignatures.ToString("N0"), fraud.Value.AlertWindowMinutes, payload.Usual.ToString("N0")],
                    l["See where the signatures come from, and invalidate them if they are not genuine."],
                ],
                new EmailComposer.Action(l["See the sources"], campaigns.Value.Link($"/admin/campaigns/{alert.Slug}/sources")));
        }
        return await sender.SendAsync(email with { DeliveryKey = message.DeliveryKey }, cancellationToken);
    }
}
