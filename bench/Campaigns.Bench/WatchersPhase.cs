namespace Campaigns.Bench;

/// <summary>
/// Families' watchers: the per-case counts JSON and the SVG badge, read as fast as the clients can (the
/// sustainable maximum), revalidated with If-None-Match (bodiless 304s), and offered at the load
/// of 10,000 watchers refreshing every 10 s (1,000 requests/s) to show the latency at that load.
/// </summary>
public static class WatchersPhase
{
    public const double WatchersLoad = 1_000;

    /// <summary>Reads every watcher path at full load for a while, so the measured runs see compiled, cached code.</summary>
    public static async Task WarmUpAsync(BenchRun run)
    {
        BenchRun.Heading($"warm-up: watcher reads for {run.Options.WarmupSeconds} s");
        var each = TimeSpan.FromSeconds(Math.Max(1, run.Options.WarmupSeconds) / 2.0);
        await run.Driver.RunAsync(Requests.Watch(run.Requests.CaseCountsUri), each);
        await run.Driver.RunAsync(Requests.Watch(run.Requests.BadgeUri), each);
    }

    public static async Task RunAsync(BenchRun run)
    {
        var seconds = TimeSpan.FromSeconds(run.Options.WatchSeconds);
        var requests = run.Requests;
        var countsTag = await ETagAsync(run, requests.CaseCountsUri);
        var badgeTag = await ETagAsync(run, requests.BadgeUri);
        var f = run.Figures;
        f.CaseCountReads = await MeasureAsync(run, "GET /api/cases/{slug}/counts", Requests.Watch(requests.CaseCountsUri), seconds);
        f.BadgeReads = await MeasureAsync(run, "GET /campaigns/{slug}/badge.svg", Requests.Watch(requests.BadgeUri), seconds);
        f.NotModifiedReads = await MeasureAsync(run, "badge with If-None-Match", Requests.Watch(requests.BadgeUri, badgeTag), seconds);
        f.WatcherLoad = await MeasureAsync(run, $"10,000 watchers every 10 s: counts and badges offered at {WatchersLoad:N0}/s, half revalidating",
            Requests.Watchers(requests.CaseCountsUri, countsTag, requests.BadgeUri, badgeTag), seconds, WatchersLoad);
    }

    private static async Task<LoadResult> MeasureAsync(BenchRun run, string what, LoadDriver.NextRequest next, TimeSpan duration, double? rate = null)
    {
        BenchRun.Heading($"watchers: {what} ({run.Options.Clients} clients, {duration.TotalSeconds:F0} s)");
        var result = await run.WithCpuSplitAsync(() => run.Driver.RunAsync(next, duration, rate), r => r.Requests);
        var answered = result.CountOf(200) + result.CountOf(304);
        BenchRun.Print("reads", $"{answered:N0} = {answered / result.Elapsed.TotalSeconds:N0}/s ({result.CountOf(200):N0} × 200, {result.CountOf(304):N0} × 304)");
        BenchRun.Print("errors", Unexpected(result));
        BenchRun.Print("latency", result.LatencyLine());
        return result;
    }

    private static string Unexpected(LoadResult result)
    {
        var failures = Enumerable.Range(0, result.Statuses.Length)
            .Where(s => s is not (200 or 304) && result.Statuses[s] > 0)
            .Select(s => $"{s}: {result.Statuses[s]}")
            .Concat(result.Exceptions.Select(e => $"{e.Key}: {e.Value}"))
            .ToList();
        return failures.Count == 0 ? "none" : string.Join(", ", failures);
    }

    private static async Task<string> ETagAsync(BenchRun run, Uri uri)
    {
        using var response = await run.Http.GetAsync(uri);
        response.EnsureSuccessStatusCode();
        return response.Headers.ETag?.ToString() ?? throw new InvalidOperationException($"{uri} sent no ETag.");
    }
}
