using Campaigns.Web.Features.Counting;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Deliveries;

/// <summary>
/// Marks due email deliveries as sending, within each target's office hours and hourly cap, each with its outbox row
/// (the lease and attempts of its job). Returns their ids, whose jobs the caller queues once this commits.
/// </summary>
public static class Dispatcher
{
    public const int BatchSize = 500;

    public static async Task<List<Guid>> DispatchAsync(CampaignsDbContext db, DateTime now, CancellationToken ct)
    {
        var counted = db.Signatures.ThatCount();
        var due = await db.Deliveries
            .Where(d => d.Status == DeliveryStatus.Queued && d.Channel == DeliveryChannel.Email && (d.DueAt == null || d.DueAt <= now))
            .Where(d => d.SignatureId == null || counted.Any(s => s.Id == d.SignatureId))
            .OrderBy(d => d.DueAt).ThenBy(d => d.CreatedAt)
            .Take(BatchSize)
            .ToListAsync(ct);
        var targetIds = due.Select(d => d.TargetId).Distinct().ToList();
        var targets = await db.Targets.AsNoTracking().Where(t => targetIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, ct);
        var recent = await RecentByTargetAsync(db, targets.Values.Where(t => t.HourlyCap is not null).Select(t => t.Id).ToList(), now, ct);
        var chosen = due.GroupBy(d => d.TargetId)
            .SelectMany(group => Pace(targets[group.Key], group.ToList(), recent.GetValueOrDefault(group.Key), now))
            .ToList();
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
        return chosen.Select(d => d.Id).ToList();
    }

    private sealed record Recent(int Count, DateTime? Oldest);

    /// <summary>Per capped target, the deliveries that count against its hourly cap: in flight, or sent within the hour.</summary>
    private static async Task<Dictionary<Guid, Recent>> RecentByTargetAsync(CampaignsDbContext db, List<Guid> capped, DateTime now, CancellationToken ct)
    {
        if (capped.Count == 0)
        {
            return [];
        }
        var hourAgo = now.AddHours(-1);
        var rows = await db.Deliveries.AsNoTracking()
            .Where(d => capped.Contains(d.TargetId) && (d.Status == DeliveryStatus.Sending || d.Status == DeliveryStatus.Retrying
                || (d.Status == DeliveryStatus.Sent && d.SentAt > hourAgo)))
            .GroupBy(d => d.TargetId)
            .Select(g => new { TargetId = g.Key, Count = g.Count(), Oldest = g.Min(d => d.SentAt) })
            .ToListAsync(ct);
        return rows.ToDictionary(r => r.TargetId, r => new Recent(r.Count, r.Oldest));
    }

    private static IEnumerable<Delivery> Pace(Target target, List<Delivery> due, Recent? recent, DateTime now)
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
        var room = Math.Max(cap - (recent?.Count ?? 0), 0);
        if (room < due.Count)
        {
            // With everything counted still in flight there is no send time to count the hour from; looking
            // again in a minute keeps this target's overflow from filling every batch meanwhile.
            var retryAt = recent?.Oldest?.AddHours(1) ?? now.AddMinutes(1);
            due.Skip(room).ToList().ForEach(d => d.DueAt = retryAt);
        }
        return due.Take(room);
    }

    // A delivery that was held at send time already has its (unsent) outbox row: that one is reopened, since its
    // delivery key may only ever be written once.
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
