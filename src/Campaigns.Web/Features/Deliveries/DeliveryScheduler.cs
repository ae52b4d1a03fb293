using Campaigns.Web.Data;
using Campaigns.Web.Outbox;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Deliveries;

/// <summary>
/// The delivery schedule: gathers due digests and releases, holds or cancels what may not go out, and marks what may
/// as sending, then queues a job per letter. One node at a time (advisory lock on PostgreSQL; SQLite has a single
/// writer), each pass in one transaction, so a crash mid-pass leaves the ledger as it was; a letter whose job was
/// lost in a crash after the commit gets a new one from the outbox drain.
/// </summary>
public class DeliveryScheduler(CampaignsDbContext db, TimeProvider clock, OutboxJobs jobs)
{
    private const long SchedulerLockKey = 7_203_119_012;

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var total = 0;
        while (true)
        {
            var due = await PassAsync(ct);
            jobs.Enqueue(DeliveryMessages.Delivery, due.Select(DeliveryMessages.OutboxKey).ToList());
            total += due.Count;
            if (due.Count < Dispatcher.BatchSize)
            {
                return total;
            }
        }
    }

    private async Task<List<Guid>> PassAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (db.IsPostgres && !await TryLockAsync(ct))
        {
            return [];
        }
        var facts = await HoldFactsQuery.ForWaitingAsync(db, ct);
        await DueBatches.CreateAsync(db, facts, now, ct);
        await DueReleases.CreateAsync(db, facts, now, ct);
        await HoldSweep.ApplyAsync(db, facts, now, ct);
        var due = await Dispatcher.DispatchAsync(db, now, ct);
        await transaction.CommitAsync(ct);
        return due;
    }

    private async Task<bool> TryLockAsync(CancellationToken ct) =>
        await db.Database.SqlQuery<bool>($"SELECT pg_try_advisory_xact_lock({SchedulerLockKey}) AS \"Value\"").SingleAsync(ct);

    /// <summary>
    /// Holds the schedule's lock for the caller's transaction, so a release by hand and a pass of the schedule
    /// never both create the first release of a letter.
    /// </summary>
    public static async Task WaitForScheduleAsync(CampaignsDbContext db, CancellationToken ct)
    {
        if (db.IsPostgres)
        {
            await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({SchedulerLockKey})", ct);
        }
    }
}
