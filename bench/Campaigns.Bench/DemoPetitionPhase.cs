namespace Campaigns.Bench;

/// <summary>
/// Signs the seeded demo petition, then the bench's own petition again, for the same time with the same
/// clients, the outbox drained before each: a petition made by the site's own seeding should sign as fast.
/// </summary>
public static class DemoPetitionPhase
{
    public const string Slug = "free-wang-bingzhang";

    public static async Task RunAsync(BenchRun run)
    {
        var options = run.Options;
        if (options.DemoSeconds <= 0)
        {
            return;
        }
        BenchRun.Heading($"demo petition: {options.Clients} clients sign '{Slug}' (seeded), then '{Petition.Slug}' again, {options.DemoSeconds} s each");
        var demo = new Requests(run.App.BaseAddress, Slug, run.Requests.RunTag);
        run.Figures.DemoSigning = await SignAsync(run, demo, "demo petition");
        run.Figures.OwnSigningAgain = await SignAsync(run, run.Requests, "bench petition");
        var ratio = run.Figures.DemoSigning.PerSecond(202) / Math.Max(run.Figures.OwnSigningAgain.PerSecond(202), 1);
        BenchRun.Print("demo / bench petition", $"{ratio:F2}x");
    }

    private static async Task<LoadResult> SignAsync(BenchRun run, Requests requests, string label)
    {
        await OutboxDrainPhase.WaitForEmptyAsync(run, TimeSpan.FromMinutes(5), report: false);
        var result = await run.WithCpuSplitAsync(() => run.Driver.RunAsync(
            requests.Sign(label.Replace(' ', '-')), TimeSpan.FromSeconds(run.Options.DemoSeconds)), r => r.Requests, "signature");
        BenchRun.Print(label, $"{result.CountOf(202):N0} = {result.PerSecond(202):N0}/s; errors {result.Errors(202)}; {result.LatencyLine()}");
        return result;
    }
}
