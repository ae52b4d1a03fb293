namespace Campaigns.Bench;

public static class CountPhase
{
    public static async Task RunAsync(BenchRun run)
    {
        var options = run.Options;
        BenchRun.Heading($"count reads: {options.Clients} clients GET /api/campaigns/{{slug}}/count for {options.CountSeconds} s");
        var result = await run.WithCpuSplitAsync(() =>
            run.Driver.RunAsync(run.Requests.Count(), TimeSpan.FromSeconds(options.CountSeconds)), r => r.Requests);
        BenchRun.Print("reads (200)", $"{result.CountOf(200):N0} = {result.PerSecond(200):N0}/s");
        BenchRun.Print("errors", result.Errors(200));
        BenchRun.Print("latency", result.LatencyLine());
        run.Figures.CountReads = result;
        run.Figures.CountCpu = run.LastCpuSplit;
    }
}
