using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Deliveries;

/// <summary>Hands due email deliveries to the outbox, within each target's office hours and hourly cap.</summary>
public static class Dispatcher
{
    private const int BatchSize = 500;

    public static async Task<int> DispatchAsync(CampaignsDbContext db, DateTime now, CancellationToken ct)
    {
        var due = await db.Deliveries
            .Where(d => d.Status == DeliveryStatus.Queued && d.Channel == DeliveryChannel.Email && (d.DueAt == null || d.DueAt <= now))
            .OrderBy(d => d.DueAt).ThenBy(d => d.CreatedAt)
            .Take(BatchSize)
            .ToListAsync(ct);
        var chosen = new List<Delivery>();
        foreach (var group in due.GroupBy(d => d.TargetId))
        {
            var target = await db.Targets.AsNoTracking().SingleAsync(t => t.Id == group.Key, ct);
            chosen.AddRange(await PaceAsync(db, target, group.ToList(), now, ct));
        }
        var messages = new Dictionary<Delivery, OutboxMessage?>();
        foreach (var delivery in chosen)
        {
            messages[delivery] = await SendAsync(db, delivery, now, ct);
        }
        await db.SaveChangesAsync(ct);
        foreach (var (delivery, message) in messages)
        {
            delivery.OutboxMessageId ??= message?.Id;
        }
        await db.SaveChangesAsync(ct);
        return chosen.Count;
    }

    private static async Task<IEnumerable<Delivery>> PaceAsync(CampaignsDbContext db, Target target, List<Delivery> due, DateTime now, CancellationToken ct)
    {
        var opening = OfficeHours.NextOpening(target, now);
        if (opening > now)
        {
            due.ForEach(d => d.DueAt = opening);
            return [];
        }
        if (target.HourlyCap is not { } cap)
        {
            return due;
        }
        var hourAgo = now.AddHours(-1);
        var recent = await db.Deliveries.AsNoTracking()
            .Where(d => d.TargetId == target.Id && (d.Status == DeliveryStatus.Sending || d.Status == DeliveryStatus.Retrying
                || (d.Status == DeliveryStatus.Sent && d.SentAt > hourAgo)))
            .Select(d => d.SentAt)
            .ToListAsync(ct);
        var room = Math.Max(cap - recent.Count, 0);
        if (room < due.Count && recent.Where(s => s is not null).Min() is { } oldest)
        {
            due.Skip(room).ToList().ForEach(d => d.DueAt = oldest.AddHours(1));
        }
        return due.Take(room);
    }

    // A delivery that was held at send time already has its (unsent) outbox message: that one is reopened,
    // since its delivery key may only ever be written once.
    private static async Task<OutboxMessage?> SendAsync(CampaignsDbContext db, Delivery delivery, DateTime now, CancellationToken ct)
    {
        delivery.Status = DeliveryStatus.Sending;
        delivery.UpdatedAt = now;
        if (delivery.OutboxMessageId is { } existing)
        {
            await db.OutboxMessages.Where(m => m.Id == existing && m.MessageId == null).ExecuteUpdateAsync(s => s
                .SetProperty(m => m.ProcessedAt, (DateTime?)null)
                .SetProperty(m => m.FailedAt, (DateTime?)null)
                .SetProperty(m => m.AvailableAt, now)
                .SetProperty(m => m.Attempts, 0), ct);
            return null;
        }
        var message = OutboxWriter.New(DeliveryMessages.Delivery, DeliveryMessages.OutboxKey(delivery.Id), new DeliveryMessages.DeliveryPayload(delivery.Id), now);
        db.OutboxMessages.Add(message);
        return message;
    }
}
