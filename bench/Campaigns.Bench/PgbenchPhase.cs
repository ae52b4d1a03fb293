using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Campaigns.Bench;

/// <summary>
/// PostgreSQL's own rate of single-signature transactions, measured by pgbench in the same run, at the same
/// concurrency and durability as the app's signing, while the app sits idle: the yardstick for the app's rate.
/// </summary>
public static partial class PgbenchPhase
{
    // Long enough for 64 connections to open on a busy machine: pgbench counts that time in its duration.
    private static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(5);

    public static async Task RunAsync(BenchRun run)
    {
        var options = run.Options;
        BenchRun.Heading($"pgbench: {options.Clients} clients, one signature and its email row per transaction, for {options.SignSeconds} s");
        foreach (var statement in PgbenchScript.CreateTables)
        {
            await run.Db.ExecuteAsync(statement);
        }
        var campaignId = await run.Db.ScalarAsync<Guid>($"""SELECT "Id" FROM "Campaigns" WHERE "Slug" = '{Petition.Slug}'""");
        var script = Path.Combine(run.WorkDir, "pgbench-signature.sql");
        await File.WriteAllTextAsync(script, PgbenchScript.For(campaignId));
        await PgbenchAsync(run, script, WarmUp, logPrefix: null);
        var logPrefix = Path.Combine(run.WorkDir, "pgbench-log");
        var result = await run.WithCpuSplitAsync(
            () => PgbenchAsync(run, script, TimeSpan.FromSeconds(options.SignSeconds), logPrefix), r => r.Transactions, "transaction");
        BenchRun.Print("transactions", $"{result.Transactions:N0} = {result.PerSecond:N0}/s");
        BenchRun.Print("failed", $"{result.Failed:N0}");
        BenchRun.Print("latency", $"p50 {result.P50Ms:F1} ms, p99 {result.P99Ms:F1} ms");
        run.Figures.Pgbench = result;
        await run.Db.ExecuteAsync($"DROP TABLE {PgbenchScript.SignatureCopy}, {PgbenchScript.OutboxCopy}");
    }

    private static async Task<PgbenchResult> PgbenchAsync(BenchRun run, string script, TimeSpan duration, string? logPrefix)
    {
        var connection = new NpgsqlConnectionStringBuilder(run.Db.ConnectionString);
        var start = new ProcessStartInfo("pgbench")
        {
            ArgumentList =
            {
                "--no-vacuum", "--protocol=prepared", "--file", script,
                "--client", run.Options.Clients.ToString(CultureInfo.InvariantCulture),
                "--jobs", Environment.ProcessorCount.ToString(CultureInfo.InvariantCulture),
                "--time", ((int)duration.TotalSeconds).ToString(CultureInfo.InvariantCulture),
                "--host", connection.Host!, "--port", connection.Port.ToString(CultureInfo.InvariantCulture),
                "--username", connection.Username!, connection.Database!,
            },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment = { ["PGPASSWORD"] = connection.Password ?? "" },
        };
        if (logPrefix is not null)
        {
            start.ArgumentList.Insert(0, "--log");
            start.ArgumentList.Insert(1, $"--log-prefix={logPrefix}");
        }
        using var process = Process.Start(start) ?? throw new InvalidOperationException("pgbench did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"pgbench failed ({process.ExitCode}): {await errors}");
        }
        return Parse(await output, logPrefix);
    }

    private static PgbenchResult Parse(string output, string? logPrefix)
    {
        if (Tps().Match(output) is not { Success: true } tpsLine)
        {
            return new PgbenchResult(0, 0, 0, 0, 0);
        }
        var tps = double.Parse(tpsLine.Groups[1].Value, CultureInfo.InvariantCulture);
        var processed = long.Parse(Processed().Match(output).Groups[1].Value, CultureInfo.InvariantCulture);
        var failed = Failed().Match(output) is { Success: true } f ? long.Parse(f.Groups[1].Value, CultureInfo.InvariantCulture) : 0;
        var latency = new LatencyHistogram();
        if (logPrefix is not null)
        {
            var folder = Path.GetDirectoryName(logPrefix)!;
            foreach (var file in Directory.EnumerateFiles(folder, Path.GetFileName(logPrefix) + ".*"))
            {
                // Each line: client, transaction number, latency in µs, script, epoch seconds, µs.
                foreach (var line in File.ReadLines(file))
                {
                    latency.Record(long.Parse(line.Split(' ')[2], CultureInfo.InvariantCulture));
                }
                File.Delete(file);
            }
        }
        return new PgbenchResult(processed, tps, failed, latency.PercentileMs(50), latency.PercentileMs(99));
    }

    [GeneratedRegex(@"tps = ([0-9.]+) \(without initial connection time\)")]
    private static partial Regex Tps();

    [GeneratedRegex(@"number of transactions actually processed: (\d+)")]
    private static partial Regex Processed();

    [GeneratedRegex(@"number of failed transactions: (\d+)")]
    private static partial Regex Failed();
}

public sealed record PgbenchResult(long Transactions, double PerSecond, long Failed, double P50Ms, double P99Ms);
