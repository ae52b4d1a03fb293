namespace Campaigns.Bench;

/// <summary>The signing figures against the database's own rate, memory, and the demo petition.</summary>
public static class SigningSummary
{
    private const double RatioTarget = 1.0;
    private const double P99TargetMs = 50;
    private const double RssTargetMb = 300;

    public static void Print(BenchOptions options, Figures f)
    {
        var sign = f.Signing!;
        if (f.Pgbench is { } pg)
        {
            Summary.Info("pgbench inserts/s", $"{pg.PerSecond:N0}/s, p99 {pg.P99Ms:F1} ms, {pg.Failed:N0} failed " +
                $"({options.Clients} clients, one signature + email row per transaction, same durability)");
            var ratio = sign.PerSecond(202) / Math.Max(pg.PerSecond, 1);
            var p99 = sign.Latency.PercentileMs(99);
            var clean = sign.Errors(202) == "none";
            Summary.Target("app / pgbench", $"{ratio:F2}x, p99 {p99:F1} ms, errors {sign.Errors(202)}",
                $">= {RatioTarget:F1}x with p99 < {P99TargetMs} ms and no error", ratio >= RatioTarget && p99 < P99TargetMs && clean);
        }
        if (f.SigningRssMb is { } rss)
        {
            Summary.Target("app memory (RSS)", $"{rss:N0} MB when signing ended ({options.SignSeconds} s)", $"< {RssTargetMb:N0} MB", rss < RssTargetMb);
        }
        if (f.DemoSigning is { } demo && f.OwnSigningAgain is { } own)
        {
            Summary.Info("demo petition", $"{demo.PerSecond(202):N0}/s vs bench petition {own.PerSecond(202):N0}/s " +
                $"= {demo.PerSecond(202) / Math.Max(own.PerSecond(202), 1):F2}x ({options.DemoSeconds} s each; p99 " +
                $"{demo.Latency.PercentileMs(99):F1} ms vs {own.Latency.PercentileMs(99):F1} ms; errors {demo.Errors(202)})");
        }
    }
}
