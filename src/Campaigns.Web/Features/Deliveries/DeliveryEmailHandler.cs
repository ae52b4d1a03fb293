using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Email;
using Campaigns.Web.Features.Translations;
using Campaigns.Web.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Deliveries;

/// <summary>
/// Sends one delivery. The holds are checked again here: one that appeared after the delivery was queued
/// stops it, and the ledger says why.
/// </summary>
public class DeliveryEmailHandler(
    CampaignsDbContext db, TranslatedCampaigns translations, DeliveryEmails emails, IEmailSender sender, TimeProvider clock) : IOutboxHandler
{
    public string Kind => DeliveryMessages.Delivery;

    public async Task<string?> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var id = message.ReadPayload<DeliveryMessages.DeliveryPayload>().DeliveryId;
        var delivery = await DeliveryToSend.LoadAsync(db, translations, id, cancellationToken);
        if (delivery is null || delivery.Status is not (DeliveryStatus.Sending or DeliveryStatus.Retrying or DeliveryStatus.Failed))
        {
            return null;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        if (DeliveryHolds.For(delivery.Facts, delivery.Mode, delivery.Channel, now) is { } hold)
        {
            await HoldSweep.ApplyAsync(db.Deliveries.Where(d => d.Id == id), hold, now, cancellationToken);
            return null;
        }
        return await sender.SendAsync(await emails.ComposeAsync(delivery, now, cancellationToken), cancellationToken);
    }
}
