namespace Campaigns.Web.Outbox;

/// <summary>What became of one attempt at an outbox message.</summary>
public sealed record OutboxOutcome(OutboxOutcomeKind Kind, string? Error = null)
{
    public static readonly OutboxOutcome Sent = new(OutboxOutcomeKind.Sent);

    /// <summary>Someone else sent it, is sending it, or it is dead: nothing was done.</summary>
    public static readonly OutboxOutcome NotClaimed = new(OutboxOutcomeKind.NotClaimed);

    public static OutboxOutcome Retrying(string error) => new(OutboxOutcomeKind.Retrying, error);

    public static OutboxOutcome Dead(string error) => new(OutboxOutcomeKind.Dead, error);
}

public enum OutboxOutcomeKind { Sent, NotClaimed, Retrying, Dead }
