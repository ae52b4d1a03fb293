namespace Campaigns.Bench;

/// <summary>
/// Runs every measured path once at full load before anything is measured, so the runtime has compiled
/// the hot code at its final tier (on a busy 2-core machine that takes a while).
/// </summary>
public static class WarmupPhase
{
    private static readonly TimeSpan CountWarmup = TimeSpan.FromSeconds(2);

    public static async Task RunAsync(BenchRun run)
    {
        var options = run.Options;
        if (options.WarmupSeconds <= 0)
        {
            return;
        }
        BenchRun.Heading($"warm-up: {options.Clients} clients sign for {options.WarmupSeconds} s, the outbox drains, then count reads for {CountWarmup.TotalSeconds} s");
        var signing = await run.Driver.RunAsync(run.Requests.Sign("warm"), TimeSpan.FromSeconds(options.WarmupSeconds));
        BenchRun.Print("accepted", $"{signing.CountOf(202):N0} ({signing.PerSecond(202):N0}/s), errors: {signing.Errors(202)}");
        var drained = await OutboxDrainPhase.WaitForEmptyAsync(run, TimeSpan.FromMinutes(5), report: false);
        BenchRun.Print("outbox", drained ? "drained" : "still not drained after 5 minutes; measuring anyway");
        var counts = await run.Driver.RunAsync(run.Requests.Count(), CountWarmup);
        BenchRun.Print("count reads", $"{counts.PerSecond(200):N0}/s, errors: {counts.Errors(200)}");
    }
}
