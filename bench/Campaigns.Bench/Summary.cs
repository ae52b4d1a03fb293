namespace Campaigns.Bench;

/// <summary>The figures against the targets of the issue, with what they were measured on.</summary>
public static class Summary
{
    private const double SignaturesTarget = 1000;
    private const double SigningP99TargetMs = 100;
    private const double CountReadsTarget = 10_000;
    private const double LeanCountReadsTarget = 50_000;
    private const double WatcherP99TargetMs = 50;
    private const double ConfirmationsTarget = 2000;

    public static void Print(BenchRun run, MachineFacts facts)
    {
        var f = run.Figures;
        Console.WriteLine();
        Console.WriteLine("================ summary ================");
        foreach (var line in facts.Lines())
        {
            Console.WriteLine(line);
        }
        var pace = run.Options.Rate is { } offered ? $"offered at a fixed {offered:N0}/s" : "closed loop";
        Console.WriteLine($"setup:      app, PostgreSQL and {run.Options.Clients} client connections ({pace}) on the same machine; " +
                          $"mail to {(run.Options.Smtp ? $"SMTP 127.0.0.1:{run.Options.SmtpPort}" : "a pickup folder")}");
        if (!string.IsNullOrWhiteSpace(run.Options.NpgsqlExtra))
        {
            Console.WriteLine($"experiment: app connection string + \"{run.Options.NpgsqlExtra}\"");
        }
        if (f.Signing is { } sign)
        {
            var p99 = sign.Latency.PercentileMs(99);
            Target("signatures/s", $"{sign.PerSecond(202):N0}/s, p99 {p99:F1} ms",
                $">= {SignaturesTarget:N0}/s with p99 < {SigningP99TargetMs} ms",
                KeptUp(run.Options, sign) && p99 < SigningP99TargetMs);
            SigningSummary.Print(run.Options, f);
            Info("signing latency", sign.LatencyLine());
            Info("signing cpu", f.SigningCpu?.Shares() ?? "n/a");
            Info("signing cost", f.SigningCpu?.PerOperation(sign.Requests, "signature") ?? "n/a");
        }
        if (f.CountReads is { } count)
        {
            Target("count reads/s", $"{count.PerSecond(200):N0}/s, p50 {count.Latency.PercentileMs(50):F1} ms, p99 {count.Latency.PercentileMs(99):F1} ms",
                $">= {CountReadsTarget:N0}/s", count.PerSecond(200) >= CountReadsTarget);
            Info("count reads cpu", f.CountCpu?.Shares() ?? "n/a");
        }
        if (f.LeanCountReads is { } lean)
        {
            Target("count reads/s, lean", $"{lean.PerSecond(200):N0}/s, p50 {lean.Latency.PercentileMs(50):F1} ms, p99 {lean.Latency.PercentileMs(99):F1} ms",
                $">= {LeanCountReadsTarget:N0}/s", lean.PerSecond(200) >= LeanCountReadsTarget && lean.Errors(200) == "none");
            Info("lean reads cpu", f.LeanCountCpu?.Shares() ?? "n/a");
        }
        PrintWatchers(f);
        if (!run.Options.ReadsOnly)
        {
            Info("outbox drained", f.DrainSeconds is { } drain ? $"{drain:F1} s after signing ended" : "not within the time limit");
            Info("outbox rate", f.OutboxRate is { } rate ? $"{rate:N0} emails/s overall" : "n/a");
        }
        if (f.Confirming is { } confirm)
        {
            Target("confirmations/s", $"{confirm.PerSecond(200):N0}/s ({confirm.CountOf(200):N0} confirmed), p99 {confirm.Latency.PercentileMs(99):F1} ms",
                $">= {ConfirmationsTarget:N0}/s", confirm.PerSecond(200) >= ConfirmationsTarget && confirm.Errors(200) == "none");
            Info("count caught up", f.CountVisibleSeconds is { } s ? $"{s:F1} s after the last confirmation" : "no");
        }
        Info("app log", $"{run.App.LogLines:N0} lines at Warning or above{(run.App.LogLines > 0 ? $" (kept in {run.App.LogPath})" : "")}");
        foreach (var entry in run.App.LogLines > 0 ? run.App.LogEntries(5) : [])
        {
            Console.WriteLine($"  {entry}");
        }
    }

    private static void PrintWatchers(Figures f)
    {
        foreach (var (name, reads) in new[] { ("case counts/s", f.CaseCountReads), ("badge reads/s", f.BadgeReads), ("304 reads/s", f.NotModifiedReads) })
        {
            if (reads is not null)
            {
                var answered = reads.CountOf(200) + reads.CountOf(304);
                Info(name, $"{answered / reads.Elapsed.TotalSeconds:N0}/s sustained (closed loop), p50 {reads.Latency.PercentileMs(50):F1} ms, p99 {reads.Latency.PercentileMs(99):F1} ms");
            }
        }
        if (f.WatcherLoad is { } load)
        {
            var answered = load.CountOf(200) + load.CountOf(304);
            var p99 = load.Latency.PercentileMs(99);
            Target("10k watchers", $"{answered / load.Elapsed.TotalSeconds:N0}/s answered, p99 {p99:F1} ms",
                $"{WatchersPhase.WatchersLoad:N0}/s with p99 < {WatcherP99TargetMs} ms",
                answered >= 0.98 * WatchersPhase.WatchersLoad * load.Elapsed.TotalSeconds && p99 < WatcherP99TargetMs);
        }
    }

    // At a fixed rate the last request is due just before the end, so "all offered were accepted" is the test.
    private static bool KeptUp(BenchOptions options, LoadResult sign) => options.Rate is { } offered
        ? offered >= SignaturesTarget && sign.CountOf(202) >= 0.99 * offered * options.SignSeconds
        : sign.PerSecond(202) >= SignaturesTarget;

    public static void Target(string name, string measured, string target, bool met) =>
        Console.WriteLine($"{name,-18} {measured,-42} target {target}: {(met ? "MET" : "NOT MET")}");

    public static void Info(string name, string text) => Console.WriteLine($"{name,-18} {text}");
}
