using Campaigns.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Outbox;

/// <summary>
/// Keeps this instance's leases short and alive: while it runs it extends them every few seconds, so the leases
/// of an instance that died run out within seconds and another instance takes its messages over.
/// </summary>
public class OutboxLeases(CampaignsDbContext db)
{
    public Task<int> RenewAsync(string node, DateTime leaseUntil, CancellationToken ct) =>
        db.OutboxMessages
            .Where(m => m.LockedBy == node && m.LockedUntil != null && m.ProcessedAt == null && m.FailedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedUntil, leaseUntil), ct);
}
