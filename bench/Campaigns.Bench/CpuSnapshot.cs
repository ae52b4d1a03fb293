using System.Diagnostics;

namespace Campaigns.Bench;

/// <summary>
/// CPU time used so far by the app, each PostgreSQL process, this client and the whole machine, read
/// from /proc. Two snapshots give the split of a phase; percentages are of one core, as in top.
/// </summary>
public sealed class CpuSnapshot
{
    private const double TicksPerSecond = 100;

    private CpuSnapshot(long taken, long app, long self, Dictionary<int, long> postgres, long busy)
    {
        Taken = taken;
        App = app;
        Self = self;
        Postgres = postgres;
        MachineBusy = busy;
    }

    private long Taken { get; }
    private long App { get; }
    private long Self { get; }
    private Dictionary<int, long> Postgres { get; }
    private long MachineBusy { get; }

    public static CpuSnapshot Take(int appPid) => new(
        Stopwatch.GetTimestamp(), ProcessTicks(appPid), ProcessTicks(Environment.ProcessId), PostgresTicks(), MachineBusyTicks());

    /// <summary>The CPU split between this snapshot and a later one; ours are the backends serving the bench database.</summary>
    public CpuSplit Until(CpuSnapshot end, ISet<int> ourBackends)
    {
        long PostgresDelta(Func<int, bool> which) => end.Postgres
            .Where(p => which(p.Key))
            .Sum(p => p.Value - Postgres.GetValueOrDefault(p.Key));
        var busy = end.MachineBusy - MachineBusy;
        return new CpuSplit(
            Stopwatch.GetElapsedTime(Taken, end.Taken).TotalSeconds,
            ToSeconds(end.App - App),
            ToSeconds(PostgresDelta(ourBackends.Contains)),
            ToSeconds(PostgresDelta(pid => !ourBackends.Contains(pid))),
            ToSeconds(end.Self - Self),
            ToSeconds(busy));
    }

    private static double ToSeconds(long ticks) => ticks / TicksPerSecond;

    private static long ProcessTicks(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11]) + long.Parse(fields[12]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return 0;
        }
    }

    private static Dictionary<int, long> PostgresTicks()
    {
        var ticks = new Dictionary<int, long>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) && IsPostgres(dir))
            {
                ticks[pid] = ProcessTicks(pid);
            }
        }
        return ticks;
    }

    private static bool IsPostgres(string procDir)
    {
        try
        {
            return File.ReadAllText(Path.Combine(procDir, "comm")).Trim() == "postgres";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static long MachineBusyTicks()
    {
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var values = cpu.Skip(1).Take(8).Select(long.Parse).ToArray();
        return values.Sum() - values[3] - values[4];
    }
}
