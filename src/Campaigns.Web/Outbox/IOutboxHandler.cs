using Campaigns.Web.Domain;

namespace Campaigns.Web.Outbox;

/// <summary>
/// Carries out one kind of outbox message. Returns the Message-ID of what was sent, or null when
/// there was nothing left to do (the subject was removed meanwhile).
/// </summary>
public interface IOutboxHandler
{
    string Kind { get; }

    Task<string?> HandleAsync(OutboxMessage message, CancellationToken cancellationToken);
}
