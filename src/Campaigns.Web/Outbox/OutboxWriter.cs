using System.Text.Json;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Outbox;

public static class OutboxWriter
{
    /// <summary>
    /// Adds a unit of work to the context so that it commits, or not, with the change that implies it.
    /// The delivery key is unique: the same message can never be queued twice.
    /// </summary>
    public static void Enqueue<T>(this CampaignsDbContext db, string kind, string deliveryKey, T payload, DateTime now) =>
        db.OutboxMessages.Add(New(kind, deliveryKey, payload, now));

    /// <summary>
    /// Queues the message unless one with the same delivery key is already queued or sent, in which case
    /// nothing happens: for notices that go out at most once per key.
    /// </summary>
    public static async Task<bool> EnqueueOnceAsync<T>(this CampaignsDbContext db, string kind, string deliveryKey, T payload, DateTime now, CancellationToken ct)
    {
        var message = New(kind, deliveryKey, payload, now);
        return await db.Database.ExecuteSqlRawAsync("""
            INSERT INTO "OutboxMessages" ("Kind", "DeliveryKey", "Payload", "CreatedAt", "AvailableAt", "Attempts")
            VALUES ({0}, {1}, {2}, {3}, {3}, 0)
            ON CONFLICT ("DeliveryKey") DO NOTHING
            """, [message.Kind, message.DeliveryKey, message.Payload, message.CreatedAt], ct) == 1;
    }

    public static OutboxMessage New<T>(string kind, string deliveryKey, T payload, DateTime now) => new()
    {
        Kind = kind,
        DeliveryKey = deliveryKey,
        Payload = JsonSerializer.Serialize(payload, JsonSerializerOptions.Web),
        CreatedAt = now,
        AvailableAt = now,
    };

    public static T ReadPayload<T>(this OutboxMessage message) => ReadPayload<T>(message.Payload);

    public static T ReadPayload<T>(string payload) =>
        JsonSerializer.Deserialize<T>(payload, JsonSerializerOptions.Web)
        ?? throw new InvalidOperationException("An outbox message has an empty payload.");
}
