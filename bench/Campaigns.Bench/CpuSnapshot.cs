using System.Diagnostics;

namespace Campaigns.Bench;

/// <summary>
/// CPU time used so far by the app (and its JIT thread), each PostgreSQL process, this client and the whole
/// machine. Two snapshots give the split of a phase.
/// </summary>
public sealed record CpuSnapshot(
    long Taken, long App, Dictionary<int, long> AppJit, long Self, Dictionary<int, long> Postgres, long MachineBusy)
{
    /// <summary>The thread that recompiles hot methods at their final tier; busy while the app is still warming up.</summary>
    private const string JitThread = ".NET Tiered Com";

    public static CpuSnapshot Take(int appPid) => new(
        Stopwatch.GetTimestamp(),
        ProcFs.ProcessTicks(appPid),
        ProcFs.ThreadTicks(appPid, JitThread),
        ProcFs.ProcessTicks(Environment.ProcessId),
        ProcFs.ProcessTicksByName("postgres"),
        ProcFs.MachineBusyTicks());

    /// <summary>The CPU split between this snapshot and a later one; ours are the backends serving the bench database.</summary>
    public CpuSplit Until(CpuSnapshot end, ISet<int> ourBackends)
    {
        long PostgresDelta(Func<int, bool> which) => Delta(Postgres, end.Postgres, which);
        return new CpuSplit(
            Stopwatch.GetElapsedTime(Taken, end.Taken).TotalSeconds,
            Seconds(end.App - App),
            Seconds(Delta(AppJit, end.AppJit, _ => true)),
            Seconds(PostgresDelta(ourBackends.Contains)),
            Seconds(PostgresDelta(pid => !ourBackends.Contains(pid))),
            Seconds(end.Self - Self),
            Seconds(end.MachineBusy - MachineBusy));
    }

    /// <summary>Processes or threads that started in between count from zero; ones that ended are lost.</summary>
    private static long Delta(Dictionary<int, long> start, Dictionary<int, long> end, Func<int, bool> which) =>
        end.Where(e => which(e.Key)).Sum(e => e.Value - start.GetValueOrDefault(e.Key));

    private static double Seconds(long ticks) => ticks / ProcFs.TicksPerSecond;
}
