using System.Diagnostics;

namespace Campaigns.Bench;

public static class OutboxDrainPhase
{
    private const string PendingSql = """
        SELECT count(*) FROM "OutboxMessages" WHERE "ProcessedAt" IS NULL AND "FailedAt" IS NULL
        """;

    private const string TotalsSql = """
        SELECT count(*) FILTER (WHERE "ProcessedAt" IS NOT NULL), count(*) FILTER (WHERE "FailedAt" IS NOT NULL),
               extract(epoch FROM max("ProcessedAt") - min("CreatedAt"))::float8
        FROM "OutboxMessages" WHERE "CreatedAt" >= $1
        """;

    private static readonly TimeSpan Timeout = TimeSpan.FromMinutes(10);

    /// <summary>Waits until every confirmation email has gone out, timed from the end of signing.</summary>
    public static async Task RunAsync(BenchRun run, long signingEnded)
    {
        BenchRun.Heading("confirmation outbox drain (emails sent by the app's job)");
        var pendingAtEnd = await run.Db.ScalarAsync<long>(PendingSql);
        BenchRun.Print("left when signing ended", $"{pendingAtEnd:N0}");
        var drained = await run.WithCpuSplitAsync(() => WaitForEmptyAsync(run, Timeout), _ => pendingAtEnd, "email");
        var seconds = Stopwatch.GetElapsedTime(signingEnded).TotalSeconds;
        var totals = (await run.Db.RowsAsync(TotalsSql, run.Figures.SigningStartedUtc))[0];
        var (sent, failed, span) = (Convert.ToInt64(totals[0]), Convert.ToInt64(totals[1]), totals[2] as double? ?? 0);
        BenchRun.Print(drained ? "drained after" : "NOT drained after", $"{seconds:F1} s (from the end of signing)");
        BenchRun.Print("after signing", $"{pendingAtEnd / Math.Max(seconds, 0.001):N0} messages/s");
        BenchRun.Print("overall", $"{sent:N0} sent, {failed:N0} failed; {sent / Math.Max(span, 0.001):N0} messages/s from the first measured signature to its last email");
        run.Figures.DrainSeconds = drained ? seconds : null;
        run.Figures.OutboxRate = sent / Math.Max(span, 0.001);
    }

    /// <summary>Polls the queue every 250 ms until it is empty or the time is up.</summary>
    public static async Task<bool> WaitForEmptyAsync(BenchRun run, TimeSpan timeout, bool report = true)
    {
        var started = Stopwatch.GetTimestamp();
        var lastReport = started;
        while (Stopwatch.GetElapsedTime(started) < timeout && !run.Stop.IsCancellationRequested && !run.App.HasExited)
        {
            var pending = await run.Db.ScalarAsync<long>(PendingSql);
            if (pending == 0)
            {
                return true;
            }
            if (report && Stopwatch.GetElapsedTime(lastReport) > TimeSpan.FromSeconds(5))
            {
                BenchRun.Print("  still queued", $"{pending:N0} at {Stopwatch.GetElapsedTime(started).TotalSeconds:F0} s");
                lastReport = Stopwatch.GetTimestamp();
            }
            await Task.Delay(250);
        }
        return false;
    }
}
