using Campaigns.Web.Domain;

namespace Campaigns.Web.Outbox;

/// <summary>
/// Keeps records that mirror outbox messages of one kind in step with them. The processor calls the observers
/// of a message's kind in the same transaction that records its outcome, so the mirror can never disagree.
/// </summary>
public interface IOutboxOutcomeObserver
{
    string Kind { get; }

    /// <summary>The message went out (or, with a null Message-ID, its handler found nothing left to send).</summary>
    Task SentAsync(OutboxMessage message, string? messageId, DateTime now, CancellationToken ct);

    Task FailedAsync(OutboxMessage message, string error, bool permanent, DateTime now, CancellationToken ct);

    /// <summary>An operator put dead or waiting messages back in the queue.</summary>
    Task RequeuedAsync(DateTime now, CancellationToken ct);
}
