using System.Diagnostics;

namespace Campaigns.Bench;

public static class SigningPhase
{
    /// <summary>Signs with unique addresses for the set time; returns when the last client has its answer.</summary>
    public static async Task<long> RunAsync(BenchRun run)
    {
        var options = run.Options;
        var pace = options.Rate is { } rate ? $"at a fixed {rate:N0}/s" : "as fast as they can";
        BenchRun.Heading($"signing: {options.Clients} clients POST /api/campaigns/{{slug}}/signatures {pace} for {options.SignSeconds} s");
        run.Figures.SigningStartedUtc = DateTime.UtcNow;
        var result = await run.WithCpuSplitAsync(() =>
            run.Driver.RunAsync(run.Requests.Sign("sign"), TimeSpan.FromSeconds(options.SignSeconds), options.Rate), r => r.Requests);
        var ended = Stopwatch.GetTimestamp();
        run.Figures.SigningRssMb = ProcFs.ResidentMegabytes(run.App.Pid);
        BenchRun.Print("requests", $"{result.Requests:N0} in {result.Elapsed.TotalSeconds:F1} s ({result.Requests / result.Elapsed.TotalSeconds:N0}/s)");
        BenchRun.Print("signatures (202)", $"{result.CountOf(202):N0} = {result.PerSecond(202):N0}/s");
        BenchRun.Print("errors", result.Errors(202));
        BenchRun.Print("latency", result.LatencyLine());
        BenchRun.Print("app memory (RSS)", $"{run.Figures.SigningRssMb:N0} MB when signing ended");
        run.Figures.Signing = result;
        run.Figures.SigningCpu = run.LastCpuSplit;
        return ended;
    }
}
