namespace Campaigns.Web.Domain;

public class OutboxMessage
{
    public long Id { get; set; }
    public string Kind { get; set; } = "";
    public string DeliveryKey { get; set; } = "";
    public string Payload { get; set; } = "{}";
    public DateTime CreatedAt { get; set; }
    public DateTime AvailableAt { get; set; }
    public int Attempts { get; set; }
    public DateTime? LockedUntil { get; set; }
    public string? LockedBy { get; set; }
    public DateTime? ProcessedAt { get; set; }
    public DateTime? FailedAt { get; set; }
    public string? LastError { get; set; }
    public string? MessageId { get; set; }

    public OutboxState State =>
        ProcessedAt is not null ? (LastError is null ? OutboxState.Sent : OutboxState.Skipped)
        : FailedAt is not null ? OutboxState.Dead
        : LastError is not null ? OutboxState.Retrying
        : OutboxState.Queued;
}

/// <summary>Skipped: done without sending, for the reason in <see cref="OutboxMessage.LastError"/>.</summary>
public enum OutboxState { Queued, Retrying, Sent, Dead, Skipped }
