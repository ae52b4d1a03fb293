using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Outbox;

public class OutboxClaimer(CampaignsDbContext db)
{
    /// <summary>
    /// Leases up to <paramref name="batchSize"/> due messages to this node in one statement. On PostgreSQL,
    /// SKIP LOCKED lets several nodes claim side by side without waiting on each other; SQLite has a
    /// single writer, so the statement is atomic there as it stands.
    /// </summary>
    public async Task<List<OutboxMessage>> ClaimAsync(string node, int batchSize, DateTime now, DateTime leaseUntil, CancellationToken ct)
    {
        var skipLocked = db.IsPostgres ? "FOR UPDATE SKIP LOCKED" : "";
        var sql = $$"""
            UPDATE "OutboxMessages"
            SET "LockedUntil" = {0}, "LockedBy" = {1}, "Attempts" = "Attempts" + 1
            WHERE "Id" IN (
                SELECT "Id" FROM "OutboxMessages"
                WHERE "ProcessedAt" IS NULL AND "FailedAt" IS NULL AND "AvailableAt" <= {2}
                  AND ("LockedUntil" IS NULL OR "LockedUntil" < {2})
                ORDER BY "AvailableAt"
                LIMIT {3}
                {{skipLocked}})
            RETURNING *
            """;
        return await db.OutboxMessages.FromSqlRaw(sql, leaseUntil, node, now, batchSize)
            .AsNoTracking()
            .ToListAsync(ct);
    }
}
