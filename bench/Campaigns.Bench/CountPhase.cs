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

        BenchRun.Heading($"count reads, lean client: {options.Clients} sockets GET /api/campaigns/{{slug}}/count for {options.CountSeconds} s");
        var lean = new RawGetDriver(run.Requests.CountUri, options.Clients, run.Stop);
        var leanResult = await run.WithCpuSplitAsync(() => lean.RunAsync(TimeSpan.FromSeconds(options.CountSeconds)), r => r.Requests);
        BenchRun.Print("reads (200)", $"{leanResult.CountOf(200):N0} = {leanResult.PerSecond(200):N0}/s");
        BenchRun.Print("errors", leanResult.Errors(200));
        BenchRun.Print("latency", leanResult.LatencyLine());
        run.Figures.LeanCountReads = leanResult;
        run.Figures.LeanCountCpu = run.LastCpuSplit;
    }
}
