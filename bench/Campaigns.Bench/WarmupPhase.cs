using System.Diagnostics;

namespace Campaigns.Bench;

/// <summary>
/// Runs the measured paths at full load before anything is measured, until the runtime has recompiled the
/// hot code at its final tier: its JIT thread goes quiet. On a busy 2-core machine that can take a minute.
/// </summary>
public static class WarmupPhase
{
    private static readonly TimeSpan SignRound = TimeSpan.FromSeconds(3);
    private static readonly TimeSpan CountRound = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Overtime = TimeSpan.FromSeconds(60);

    /// <summary>Measured against the app's own CPU time: on a busy machine the JIT thread is starved along with the app.</summary>
    private const double QuietJitShare = 0.10;

    public static async Task RunAsync(BenchRun run)
    {
        var options = run.Options;
        if (options.WarmupSeconds <= 0)
        {
            return;
        }
        BenchRun.Heading($"warm-up: sign and read counts for at least {options.WarmupSeconds} s, until the JIT is quiet (at most {Overtime.TotalSeconds:F0} s more)");
        var started = Stopwatch.GetTimestamp();
        var minimum = TimeSpan.FromSeconds(options.WarmupSeconds);
        double jitShare;
        long signed = 0;
        var round = 0;
        do
        {
            var before = CpuSnapshot.Take(run.App.Pid);
            signed += (await run.Driver.RunAsync(run.Requests.Sign($"warm{round++}"), SignRound)).CountOf(202);
            await run.Driver.RunAsync(run.Requests.Count(), CountRound);
            var after = CpuSnapshot.Take(run.App.Pid);
            var split = before.Until(after, new HashSet<int>());
            jitShare = split.AppJit / Math.Max(split.App, 0.01);
        }
        while (!run.Stop.IsCancellationRequested && !run.App.HasExited
               && (Stopwatch.GetElapsedTime(started) < minimum
                   || (jitShare > QuietJitShare && Stopwatch.GetElapsedTime(started) < minimum + Overtime)));
        BenchRun.Print("warmed up", $"{Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s, {signed:N0} signatures; JIT thread at {jitShare * 100:F0}% of the app's CPU in the last round");
        var drained = await OutboxDrainPhase.WaitForEmptyAsync(run, TimeSpan.FromMinutes(5), report: false);
        BenchRun.Print("outbox", drained ? "drained" : "still not drained after 5 minutes; measuring anyway");
    }
}
