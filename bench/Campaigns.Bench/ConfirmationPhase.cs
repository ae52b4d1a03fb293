using System.Diagnostics;
using System.Net.Http.Json;

namespace Campaigns.Bench;

public static class ConfirmationPhase
{
    private static readonly TimeSpan CountTimeout = TimeSpan.FromSeconds(60);

    /// <summary>Confirms a sample from the links in the emails, then times how long the public count takes to show them.</summary>
    public static async Task RunAsync(BenchRun run)
    {
        var options = run.Options;
        if (options.ConfirmSample <= 0)
        {
            return;
        }
        BenchRun.Heading($"confirming: {options.Clients} clients POST /api/confirmations/{{token}} for {options.ConfirmSample:N0} emails");
        var tokens = ConfirmationLinks.Read(MailFolders.Of(run.Options, run.WorkDir), $"{run.Requests.RunTag}-sign-", options.ConfirmSample);
        BenchRun.Print("links found", $"{tokens.Count:N0}");
        if (tokens.Count == 0)
        {
            return;
        }
        // Confirmations are measured on their own, not against the emails of the signing phases still going out.
        await OutboxDrainPhase.WaitForEmptyAsync(run, TimeSpan.FromMinutes(5), report: false);
        await WarmUpAsync(run);
        var result = await run.WithCpuSplitAsync(() => run.Driver.RunAsync(run.Requests.Confirm(tokens), TimeSpan.FromMinutes(10)), r => r.Requests);
        var confirmedAt = Stopwatch.GetTimestamp();
        BenchRun.Print("confirmed (200)", $"{result.CountOf(200):N0} in {result.Elapsed.TotalSeconds:F2} s = {result.PerSecond(200):N0}/s");
        BenchRun.Print("errors", result.Errors(200));
        BenchRun.Print("latency", result.LatencyLine());
        run.Figures.Confirming = result;
        // Only the bench petition's: the seeded demo campaigns hold confirmed signatures of their own.
        var confirmed = await run.Db.ScalarAsync<long>($"""
            SELECT count(*) FROM "Signatures" s JOIN "Campaigns" c ON c."Id" = s."CampaignId"
            WHERE s."ConfirmedAt" IS NOT NULL AND c."Slug" = '{Petition.Slug}'
            """);
        var visible = await WaitForCountAsync(run, confirmed);
        var seconds = Stopwatch.GetElapsedTime(confirmedAt).TotalSeconds;
        BenchRun.Print("public count", visible
            ? $"showed all {confirmed:N0} {seconds:F1} s after the last confirmation"
            : $"did not show all {confirmed:N0} within {seconds:F0} s");
        run.Figures.CountVisibleSeconds = visible ? seconds : null;
    }

    /// <summary>The warm-up signs but never confirms: the confirmation path gets its own, from the warm-up's emails.</summary>
    private static async Task WarmUpAsync(BenchRun run)
    {
        var tokens = ConfirmationLinks.Read(MailFolders.Of(run.Options, run.WorkDir), $"{run.Requests.RunTag}-warm", 2 * run.Options.ConfirmSample);
        if (tokens.Count > 0)
        {
            var warm = await run.Driver.RunAsync(run.Requests.Confirm(tokens), TimeSpan.FromMinutes(5));
            BenchRun.Print("warm-up", $"{warm.CountOf(200):N0} of the warm-up's signatures confirmed first, not measured");
        }
    }

    private static async Task<bool> WaitForCountAsync(BenchRun run, long expected)
    {
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < CountTimeout && !run.Stop.IsCancellationRequested)
        {
            var count = await run.Http.GetFromJsonAsync<CountBody>(run.Requests.CountUri);
            if (count?.Confirmed >= expected)
            {
                return true;
            }
            await Task.Delay(100);
        }
        return false;
    }

    private sealed record CountBody(long Confirmed);
}
