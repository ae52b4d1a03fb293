using System.Collections.Concurrent;
using Campaigns.Web.Domain;

namespace Campaigns.Web.Outbox;

/// <summary>
/// The messages claimed together. A handler reads what all the batch's messages of its kind need in one query,
/// the first time one of them is sent, and the parallel sends share that read instead of querying one by one.
/// </summary>
public sealed class OutboxBatch(IReadOnlyList<OutboxMessage> messages)
{
    private readonly ConcurrentDictionary<string, Lazy<Task<object>>> _reads = new();

    public IEnumerable<OutboxMessage> OfKind(string kind) => messages.Where(m => m.Kind == kind);

    /// <summary>
    /// The result of <paramref name="read"/>, run once per <paramref name="key"/> for the whole batch. A read that
    /// failed fails only the sends waiting for it; the next send reads again.
    /// </summary>
    public async Task<T> ReadOnceAsync<T>(string key, Func<Task<T>> read) where T : class
    {
        var shared = _reads.GetOrAdd(key, _ => new Lazy<Task<object>>(async () => await read()));
        try
        {
            return (T)await shared.Value;
        }
        catch
        {
            _reads.TryRemove(new KeyValuePair<string, Lazy<Task<object>>>(key, shared));
            throw;
        }
    }
}
