using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Outbox;

public class OutboxClaimer(CampaignsDbContext db, OwnJobKinds ownJobKinds)
{
    /// <summary>
    /// An outcome clears the holder, so a claim that finds one takes over from an instance that stopped before it
    /// recorded whether the message went out; the claim notes that in the message's last error.
    /// </summary>
    private const string TakenOverFrom = "Taken over from ";

    private const string NoteTakeOver = $$"""
        "LastError" = CASE WHEN "LockedBy" IS NULL THEN "LastError" ELSE '{{TakenOverFrom}}' || "LockedBy" END
        """;

    public static bool WasTakenOver(OutboxMessage message) =>
        message.LastError?.StartsWith(TakenOverFrom, StringComparison.Ordinal) == true;

    /// <summary>
    /// Leases up to <paramref name="batchSize"/> due messages to this node in one statement, leaving out the kinds
    /// that are sent by jobs of their own. On PostgreSQL, SKIP LOCKED lets several nodes claim side by side without
    /// waiting on each other; SQLite has a single writer, so the statement is atomic there as it stands.
    /// </summary>
    public async Task<List<OutboxMessage>> ClaimAsync(string node, int batchSize, DateTime now, DateTime leaseUntil, CancellationToken ct)
    {
        var skipLocked = db.IsPostgres ? "FOR UPDATE SKIP LOCKED" : "";
        var sql = $$"""
            UPDATE "OutboxMessages"
            SET "LockedUntil" = {0}, "LockedBy" = {1}, "Attempts" = "Attempts" + 1, {{NoteTakeOver}}
            WHERE "Id" IN (
                SELECT "Id" FROM "OutboxMessages"
                WHERE "ProcessedAt" IS NULL AND "FailedAt" IS NULL AND "AvailableAt" <= {2}
                  AND ("LockedUntil" IS NULL OR "LockedUntil" < {2})
                  AND "Kind" NOT IN ({{ownJobKinds.SqlList}})
                ORDER BY "AvailableAt"
                LIMIT {3}
                {{skipLocked}})
            RETURNING *
            """;
        return await db.OutboxMessages.FromSqlRaw(sql, leaseUntil, node, now, batchSize)
            .AsNoTracking()
            .ToListAsync(ct);
    }

    /// <summary>
    /// Leases the one message with this delivery key, whenever it is due: its job decides when to run. Null when it
    /// is sent, dead, or leased to someone else, so a job that runs twice sends once.
    /// </summary>
    public async Task<OutboxMessage?> ClaimOneAsync(string deliveryKey, string node, DateTime now, DateTime leaseUntil, CancellationToken ct)
    {
        var claimed = await db.OutboxMessages.FromSqlRaw($$"""
            UPDATE "OutboxMessages"
            SET "LockedUntil" = {0}, "LockedBy" = {1}, "Attempts" = "Attempts" + 1, {{NoteTakeOver}}
            WHERE "DeliveryKey" = {3} AND "ProcessedAt" IS NULL AND "FailedAt" IS NULL
              AND ("LockedUntil" IS NULL OR "LockedUntil" < {2})
            RETURNING *
            """, leaseUntil, node, now, deliveryKey)
            .AsNoTracking()
            .ToListAsync(ct);
        return claimed.SingleOrDefault();
    }

    /// <summary>
    /// Messages of own-job kinds that fell due before <paramref name="dueBefore"/> and that no job holds: the instance
    /// died between committing them and queueing their job, or the job storage lost it. They are marked due now and
    /// returned, for new jobs; an instance that reclaims at the same time gets other rows.
    /// </summary>
    public async Task<List<LostJobMessage>> ReclaimLostJobsAsync(DateTime now, DateTime dueBefore, int batchSize, CancellationToken ct)
    {
        var skipLocked = db.IsPostgres ? "FOR UPDATE SKIP LOCKED" : "";
        var sql = $$"""
            UPDATE "OutboxMessages" SET "AvailableAt" = {0}
            WHERE "Id" IN (
                SELECT "Id" FROM "OutboxMessages"
                WHERE "ProcessedAt" IS NULL AND "FailedAt" IS NULL AND "AvailableAt" < {1}
                  AND ("LockedUntil" IS NULL OR "LockedUntil" < {0})
                  AND "Kind" IN ({{ownJobKinds.SqlList}})
                ORDER BY "AvailableAt"
                LIMIT {2}
                {{skipLocked}})
            RETURNING "Kind", "DeliveryKey"
            """;
        return await db.Database.SqlQueryRaw<LostJobMessage>(sql, now, dueBefore, batchSize).ToListAsync(ct);
    }
}

public sealed record LostJobMessage(string Kind, string DeliveryKey);
