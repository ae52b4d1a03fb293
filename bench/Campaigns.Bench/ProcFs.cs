namespace Campaigns.Bench;

/// <summary>CPU time counters from Linux's /proc, in clock ticks (1/100 s).</summary>
public static class ProcFs
{
    public const double TicksPerSecond = 100;

    public static long ProcessTicks(int pid) => StatTicks($"/proc/{pid}/stat");

    /// <summary>CPU time of each of a process's threads whose name starts with the prefix, by thread id.</summary>
    public static Dictionary<int, long> ThreadTicks(int pid, string namePrefix) =>
        Directory.Exists($"/proc/{pid}/task")
            ? Directory.EnumerateDirectories($"/proc/{pid}/task")
                .Where(task => Comm(task).StartsWith(namePrefix, StringComparison.Ordinal))
                .ToDictionary(task => int.Parse(Path.GetFileName(task)), task => StatTicks(Path.Combine(task, "stat")))
            : [];

    /// <summary>The process's resident memory now (VmRSS), in megabytes.</summary>
    public static double ResidentMegabytes(int pid) =>
        File.ReadLines($"/proc/{pid}/status")
            .Where(line => line.StartsWith("VmRSS:", StringComparison.Ordinal))
            .Select(line => long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0)
            .FirstOrDefault();

    public static Dictionary<int, long> ProcessTicksByName(string name)
    {
        var ticks = new Dictionary<int, long>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid) && Comm(dir) == name)
            {
                ticks[pid] = ProcessTicks(pid);
            }
        }
        return ticks;
    }

    /// <summary>Ticks all cores spent on anything but idling or waiting for I/O.</summary>
    public static long MachineBusyTicks()
    {
        var cpu = File.ReadLines("/proc/stat").First().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var values = cpu.Skip(1).Take(8).Select(long.Parse).ToArray();
        return values.Sum() - values[3] - values[4];
    }

    private static long StatTicks(string statPath)
    {
        try
        {
            var stat = File.ReadAllText(statPath);
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11]) + long.Parse(fields[12]);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return 0;
        }
    }

    private static string Comm(string procDir)
    {
        try
        {
            return File.ReadAllText(Path.Combine(procDir, "comm")).TrimEnd('\n');
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "";
        }
    }
}
