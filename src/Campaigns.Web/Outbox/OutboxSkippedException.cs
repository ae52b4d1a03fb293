namespace Campaigns.Web.Outbox;

/// <summary>
/// Thrown by a handler that must not send this message at all; the processor records it as done without sending,
/// with the reason, and never retries it.
/// </summary>
public class OutboxSkippedException(string reason) : Exception(reason);
