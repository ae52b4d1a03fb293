namespace Campaigns.Web.Domain;

/// <summary>One letter, or one batch of signatures, to one target over one channel: a line of the delivery ledger.</summary>
public class Delivery
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CampaignId { get; set; }
    public Guid TargetId { get; set; }

    /// <summary>The supporter's letter, for individual deliveries; digests and releases list theirs in <see cref="DeliveryItem"/>.</summary>
    public Guid? SignatureId { get; set; }
    public DeliveryChannel Channel { get; set; }
    public DeliveryMode Mode { get; set; }
    public DeliveryStatus Status { get; set; }
    public string DeliveryKey { get; set; } = "";
    public int SignatureCount { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? DueAt { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTime? SentAt { get; set; }
    public string? MessageId { get; set; }
    public string? HeldReason { get; set; }
    public DateTime? CancelledAt { get; set; }
    public long? OutboxMessageId { get; set; }
    public DateTime? PostedAt { get; set; }
    public string? PostedMethod { get; set; }
    public string? PostedReference { get; set; }
    public string? RecordedByUserId { get; set; }
    public DateTime UpdatedAt { get; set; }

    public Campaign? Campaign { get; set; }
    public Target? Target { get; set; }
}

public enum DeliveryStatus { Queued, Held, Sending, Sent, Retrying, Failed, Cancelled }
