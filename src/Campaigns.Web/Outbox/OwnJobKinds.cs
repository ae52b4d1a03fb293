namespace Campaigns.Web.Outbox;

/// <summary>
/// Outbox kinds whose messages are each carried out by a Hangfire job of their own (<see cref="OutboxJob"/>), so
/// that the job dashboard shows every attempt, and the queue each goes to. The outbox drain leaves them alone; their
/// rows still carry the lease, the attempts and the dead-letter state, and are written in the transaction that
/// implies them.
/// </summary>
public sealed class OwnJobKinds(IReadOnlyDictionary<string, string> queueByKind)
{
    public IReadOnlyCollection<string> Kinds => queueByKind.Keys.ToList();

    public string QueueOf(string kind) => queueByKind[kind];

    /// <summary>The kinds as an SQL list of literals; they are constants of the code, never input.</summary>
    public string SqlList => queueByKind.Count == 0 ? "''" : string.Join(", ", queueByKind.Keys.Select(k => $"'{k.Replace("'", "''")}'"));
}
