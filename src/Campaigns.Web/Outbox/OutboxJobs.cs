using Hangfire;

namespace Campaigns.Web.Outbox;

/// <summary>Queues an <see cref="OutboxJob"/> per message, once the transaction that wrote the messages has committed.</summary>
public class OutboxJobs(IBackgroundJobClient jobs, OwnJobKinds kinds)
{
    // Each enqueue is a few round trips to the job storage: several at once keep a large release from waiting on them.
    private const int Parallelism = 4;

    public void Enqueue(string kind, IReadOnlyCollection<string> deliveryKeys)
    {
        var queue = kinds.QueueOf(kind);
        Parallel.ForEach(deliveryKeys, new ParallelOptions { MaxDegreeOfParallelism = Parallelism }, key =>
            jobs.Enqueue<OutboxJob>(queue, j => j.SendAsync(key, CancellationToken.None)));
    }
}
