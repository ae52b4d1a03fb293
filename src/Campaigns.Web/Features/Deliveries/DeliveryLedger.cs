using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Deliveries;

/// <summary>Keeps each delivery's ledger line in step with its outbox message: sent, retrying or failed.</summary>
public class DeliveryLedger(CampaignsDbContext db, OutboxJobs jobs) : IOutboxOutcomeObserver
{
    public string Kind => DeliveryMessages.Delivery;

    public async Task SentAsync(OutboxMessage message, string? messageId, DateTime now, CancellationToken ct)
    {
        if (messageId is null)
        {
            return;
        }
        await InFlight(message).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Status, DeliveryStatus.Sent)
            .SetProperty(d => d.SentAt, now)
            .SetProperty(d => d.MessageId, messageId)
            .SetProperty(d => d.Attempts, d => d.Attempts + 1)
            .SetProperty(d => d.LastError, (string?)null)
            .SetProperty(d => d.UpdatedAt, now), ct);
    }

    public async Task FailedAsync(OutboxMessage message, string error, bool permanent, DateTime now, CancellationToken ct)
    {
        await InFlight(message).ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Status, permanent ? DeliveryStatus.Failed : DeliveryStatus.Retrying)
            .SetProperty(d => d.Attempts, d => d.Attempts + 1)
            .SetProperty(d => d.LastError, error)
            .SetProperty(d => d.UpdatedAt, now), ct);
    }

    /// <summary>Letters an operator put back in the queue are retrying again, each with a new job.</summary>
    public async Task RequeuedAsync(DateTime now, CancellationToken ct)
    {
        var requeued = db.Deliveries.Where(d => (d.Status == DeliveryStatus.Failed || d.Status == DeliveryStatus.Retrying)
            && db.OutboxMessages.Any(m => m.Id == d.OutboxMessageId && m.FailedAt == null && m.ProcessedAt == null
                && m.Attempts == 0 && (m.LockedUntil == null || m.LockedUntil < now)));
        var ids = await requeued.Select(d => d.Id).ToListAsync(ct);
        await requeued.ExecuteUpdateAsync(s => s
            .SetProperty(d => d.Status, DeliveryStatus.Retrying)
            .SetProperty(d => d.UpdatedAt, now), ct);
        jobs.Enqueue(Kind, ids.Select(DeliveryMessages.OutboxKey).ToList());
    }

    private IQueryable<Delivery> InFlight(OutboxMessage message)
    {
        var id = message.ReadPayload<DeliveryMessages.DeliveryPayload>().DeliveryId;
        return db.Deliveries.Where(d => d.Id == id
            && (d.Status == DeliveryStatus.Sending || d.Status == DeliveryStatus.Retrying || d.Status == DeliveryStatus.Failed));
    }
}
