using Campaigns.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Outbox;

/// <summary>
/// Keeps this instance's leases short and alive: while it runs it extends them every few seconds, so the leases
/// of an instance that died run out within seconds and another instance takes its messages over.
/// </summary>
public class OutboxLeases(CampaignsDbContext db)
{
    /// <summary>
    /// On PostgreSQL a message whose outcome is being recorded at that moment is skipped, not waited for: it needs no
    /// lease any more, and waiting would let the renewal and a batch of outcomes each hold a row the other wants.
    /// </summary>
    public Task<int> RenewAsync(string node, DateTime leaseUntil, CancellationToken ct)
    {
        var skipLocked = db.IsPostgres ? "FOR UPDATE SKIP LOCKED" : "";
        var sql = $$"""
            UPDATE "OutboxMessages" SET "LockedUntil" = {0}
            WHERE "Id" IN (
                SELECT "Id" FROM "OutboxMessages"
                WHERE "LockedBy" = {1} AND "LockedUntil" IS NOT NULL AND "ProcessedAt" IS NULL AND "FailedAt" IS NULL
                {{skipLocked}})
            """;
        return db.Database.ExecuteSqlRawAsync(sql, [leaseUntil, node], ct);
    }
}
