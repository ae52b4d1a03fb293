using Campaigns.Web.Domain;

namespace Campaigns.Web.Outbox;

/// <summary>
/// Keeps records that mirror an outbox message in step with it. The processor calls every observer in the
/// same transaction that records the outcome, so the mirror can never disagree with the outbox.
/// </summary>
public interface IOutboxOutcomeObserver
{
    /// <summary>The message went out (or, with a null Message-ID, its handler found nothing left to send).</summary>
    Task SentAsync(OutboxMessage message, string? messageId, DateTime now, CancellationToken ct);

    Task FailedAsync(OutboxMessage message, string error, bool permanent, DateTime now, CancellationToken ct);

    /// <summary>An operator put dead or waiting messages back in the queue.</summary>
    Task RequeuedAsync(DateTime now, CancellationToken ct);
}
