using System.Text.Json;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;

namespace Campaigns.Web.Outbox;

public static class OutboxWriter
{
    /// <summary>
    /// Adds a unit of work to the context so that it commits, or not, with the change that implies it.
    /// The delivery key is unique: the same message can never be queued twice.
    /// </summary>
    public static void Enqueue<T>(this CampaignsDbContext db, string kind, string deliveryKey, T payload, DateTime now) =>
        db.OutboxMessages.Add(new OutboxMessage
        {
            Kind = kind,
            DeliveryKey = deliveryKey,
            Payload = JsonSerializer.Serialize(payload, JsonSerializerOptions.Web),
            CreatedAt = now,
            AvailableAt = now,
        });

    public static T ReadPayload<T>(this OutboxMessage message) =>
        JsonSerializer.Deserialize<T>(message.Payload, JsonSerializerOptions.Web)
        ?? throw new InvalidOperationException($"Outbox message {message.Id} has an empty payload.");
}
