using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Admin;

public sealed record OutboxOverview(int Queued, int Retrying, int Sent, int Skipped, int Dead, IReadOnlyList<OutboxMessage> Troubled);

/// <summary>What operators need to see and do about mail that has not gone out.</summary>
public class OutboxAdmin(CampaignsDbContext db, TimeProvider clock, IEnumerable<IOutboxOutcomeObserver> observers)
{
    public async Task<OutboxOverview> OverviewAsync(CancellationToken ct)
    {
        var pending = db.OutboxMessages.Where(m => m.ProcessedAt == null && m.FailedAt == null);
        var queued = await pending.CountAsync(m => m.LastError == null, ct);
        var retrying = await pending.CountAsync(m => m.LastError != null, ct);
        var sent = await db.OutboxMessages.CountAsync(m => m.ProcessedAt != null && m.LastError == null, ct);
        var skipped = await db.OutboxMessages.CountAsync(m => m.ProcessedAt != null && m.LastError != null, ct);
        var dead = await db.OutboxMessages.CountAsync(m => m.FailedAt != null, ct);
        var troubled = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.ProcessedAt == null && (m.FailedAt != null || m.LastError != null))
            .OrderByDescending(m => m.Id).Take(200)
            .ToListAsync(ct);
        return new OutboxOverview(queued, retrying, sent, skipped, dead, troubled);
    }

    /// <summary>
    /// Puts a dead or waiting message back at the front of the queue with a fresh set of attempts. A message
    /// leased to a node right now is left alone: it may be on its way out.
    /// </summary>
    public async Task<int> RetryAsync(long id, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var retried = await db.OutboxMessages
            .Where(m => m.Id == id && m.ProcessedAt == null && (m.FailedAt != null || m.LockedUntil == null || m.LockedUntil < now))
            .ExecuteUpdateAsync(s => s
            .SetProperty(m => m.FailedAt, (DateTime?)null)
            .SetProperty(m => m.AvailableAt, clock.GetUtcNow().UtcDateTime)
            .SetProperty(m => m.Attempts, 0)
            .SetProperty(m => m.LockedUntil, (DateTime?)null), ct);
        await NotifyRequeuedAsync(now, ct);
        return retried;
    }

    public async Task<int> RetryAllDeadAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var retried = await db.OutboxMessages.Where(m => m.FailedAt != null && m.ProcessedAt == null).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.FailedAt, (DateTime?)null)
            .SetProperty(m => m.AvailableAt, now)
            .SetProperty(m => m.Attempts, 0), ct);
        await NotifyRequeuedAsync(now, ct);
        return retried;
    }

    private async Task NotifyRequeuedAsync(DateTime now, CancellationToken ct)
    {
        foreach (var observer in observers)
        {
            await observer.RequeuedAsync(now, ct);
        }
    }
}
