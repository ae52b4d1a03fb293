namespace Campaigns.Bench;

/// <summary>What one client saw; results of all clients are merged after the run.</summary>
public sealed class LoadResult
{
    public LatencyHistogram Latency { get; } = new();
    public long[] Statuses { get; } = new long[600];
    public Dictionary<string, long> Exceptions { get; } = [];
    public TimeSpan Elapsed { get; set; }

    public long Requests => Latency.Count + Exceptions.Values.Sum();

    public long CountOf(int status) => Statuses[status];

    public double PerSecond(int status) => Statuses[status] / Elapsed.TotalSeconds;

    public void Add(LoadResult other)
    {
        Latency.Add(other.Latency);
        for (var i = 0; i < Statuses.Length; i++)
        {
            Statuses[i] += other.Statuses[i];
        }
        foreach (var (name, count) in other.Exceptions)
        {
            Exceptions[name] = Exceptions.GetValueOrDefault(name) + count;
        }
    }

    public string Errors(int expected)
    {
        var failures = Enumerable.Range(0, Statuses.Length)
            .Where(s => s != expected && Statuses[s] > 0)
            .Select(s => $"{s}: {Statuses[s]}")
            .Concat(Exceptions.Select(e => $"{e.Key}: {e.Value}"))
            .ToList();
        return failures.Count == 0 ? "none" : string.Join(", ", failures);
    }

    public string LatencyLine() =>
        $"p50 {Latency.PercentileMs(50):F1} ms, p90 {Latency.PercentileMs(90):F1} ms, " +
        $"p99 {Latency.PercentileMs(99):F1} ms, max {Latency.MaxMicros / 1000.0:F1} ms";
}
