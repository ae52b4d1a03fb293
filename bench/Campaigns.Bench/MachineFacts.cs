using System.Runtime.InteropServices;

namespace Campaigns.Bench;

/// <summary>What the figures depend on: the hardware, the runtime and how durable PostgreSQL is set to be.</summary>
public sealed record MachineFacts(string Cpu, int Cores, string LoadAverage, string Runtime, string Postgres, string Fsync,
    string SynchronousCommit, string FullPageWrites, string SharedBuffers)
{
    public bool Durable => Fsync == "on" && SynchronousCommit != "off";

    public static async Task<MachineFacts> ReadAsync(BenchDatabase db) => new(
        CpuModel(),
        Environment.ProcessorCount,
        File.ReadAllText("/proc/loadavg").Split(' ').Take(3) is var load ? string.Join(" ", load) : "",
        RuntimeInformation.FrameworkDescription,
        await db.ScalarAsync<string>("SELECT version()"),
        await db.ScalarAsync<string>("SHOW fsync"),
        await db.ScalarAsync<string>("SHOW synchronous_commit"),
        await db.ScalarAsync<string>("SHOW full_page_writes"),
        await db.ScalarAsync<string>("SHOW shared_buffers"));

    public IEnumerable<string> Lines()
    {
        yield return $"machine:    {Cores} cores, {Cpu}, load average {LoadAverage} at start";
        yield return $"runtime:    {Runtime}";
        yield return $"postgres:   {Postgres}";
        yield return $"durability: fsync={Fsync}, synchronous_commit={SynchronousCommit}, full_page_writes={FullPageWrites}, shared_buffers={SharedBuffers}";
        if (!Durable)
        {
            yield return "WARNING:    PostgreSQL runs with durability off (started with --fast for tests?); writes are cheaper than in production.";
        }
    }

    public static string CpuModel() =>
        File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))
            ?.Split(':', 2)[1].Trim() ?? "unknown CPU";
}
