using Campaigns.Web.Data.GroupCommit;

namespace Campaigns.Web.Outbox;

/// <summary>A message that went out (or was skipped) and waits for its outcome to be committed.</summary>
public sealed class PendingSentMark(long outboxId, DateTime at, string? sentMessageId, string? skippedBecause) : PendingWrite<bool>
{
    public long OutboxId { get; } = outboxId;
    public DateTime At { get; } = at;
    public string? SentMessageId { get; } = sentMessageId;
    public string? SkippedBecause { get; } = skippedBecause;
}
