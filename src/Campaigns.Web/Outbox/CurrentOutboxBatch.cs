using Campaigns.Web.Domain;

namespace Campaigns.Web.Outbox;

/// <summary>The batch the message sent in this scope was claimed with; a message sent on its own is a batch of one.</summary>
public sealed class CurrentOutboxBatch
{
    public OutboxBatch? Batch { get; set; }

    public OutboxBatch Of(OutboxMessage message) => Batch ?? new OutboxBatch([message]);
}
