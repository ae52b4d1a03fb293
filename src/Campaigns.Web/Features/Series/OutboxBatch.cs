using System.Text;
using Campaigns.Web.Data;
using Campaigns.Web.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Series;

public static class OutboxBatch
{
    /// <summary>
    /// Queues a batch of messages of one kind in a single statement, skipping any whose delivery key is already
    /// queued or sent. Runs in the caller's transaction. Returns how many were queued.
    /// </summary>
    public static async Task<int> EnqueueManyOnceAsync<T>(
        this CampaignsDbContext db, string kind, IReadOnlyList<(string DeliveryKey, T Payload)> messages, DateTime now, CancellationToken ct)
    {
        if (messages.Count == 0)
        {
            return 0;
        }
        var sql = new StringBuilder("""
            INSERT INTO "OutboxMessages" ("Kind", "DeliveryKey", "Payload", "CreatedAt", "AvailableAt", "Attempts") VALUES
            """);
        var parameters = new List<object> { kind, now };
        foreach (var (deliveryKey, payload) in messages)
        {
            var message = OutboxWriter.New(kind, deliveryKey, payload, now);
            sql.Append(parameters.Count == 2 ? "\n" : ",\n")
                .Append($"({{0}}, {{{parameters.Count}}}, {{{parameters.Count + 1}}}, {{1}}, {{1}}, 0)");
            parameters.Add(message.DeliveryKey);
            parameters.Add(message.Payload);
        }
        sql.Append("\nON CONFLICT (\"DeliveryKey\") DO NOTHING");
        return await db.Database.ExecuteSqlRawAsync(sql.ToString(), parameters, ct);
    }
}
