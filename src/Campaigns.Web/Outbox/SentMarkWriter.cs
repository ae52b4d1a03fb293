using Campaigns.Web.Data;
using Campaigns.Web.Data.GroupCommit;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Campaigns.Web.Outbox;

/// <summary>
/// On PostgreSQL the parallel sends record their outcomes in shared transactions. Each send still waits for its own
/// mark to commit before it takes the next message, so a crash repeats no more than the sends in flight. Repeating
/// a batch is safe: marking a message sent twice changes nothing.
/// </summary>
public sealed class SentMarkWriter(IServiceScopeFactory scopes, ILogger<SentMarkWriter> logger)
    : GroupCommitWriter<PendingSentMark, bool>(scopes, new GroupCommitOptions(Writers: 1, MaxBatchSize: 256, Attempts: 3), logger)
{
    private const string MarkSql = """
        UPDATE "OutboxMessages" AS o
        SET "ProcessedAt" = m.at, "MessageId" = m.message_id, "LockedUntil" = NULL, "LockedBy" = NULL, "LastError" = m.skipped
        FROM unnest($1::bigint[], $2::timestamptz[], $3::text[], $4::text[]) AS m(id, at, message_id, skipped)
        WHERE o."Id" = m.id
        """;

    public Task MarkAsync(PendingSentMark mark) => EnqueueAsync(mark);

    protected override async Task<IReadOnlyList<bool>> WriteBatchAsync(CampaignsDbContext db, IReadOnlyList<PendingSentMark> batch)
    {
        await using var command = new NpgsqlCommand(MarkSql, (NpgsqlConnection)db.Database.GetDbConnection());
        command.Parameters.Add(new NpgsqlParameter<long[]> { TypedValue = batch.Select(m => m.OutboxId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<DateTime[]> { TypedValue = batch.Select(m => m.At).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<string?[]> { TypedValue = batch.Select(m => m.SentMessageId).ToArray() });
        command.Parameters.Add(new NpgsqlParameter<string?[]> { TypedValue = batch.Select(m => m.SkippedBecause).ToArray() });
        await command.PrepareAsync();
        await command.ExecuteNonQueryAsync();
        return batch.Select(_ => true).ToList();
    }
}
