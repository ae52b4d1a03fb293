namespace Campaigns.Bench;

/// <summary>Everything a phase needs: the running app, its database, the clients, and where figures go.</summary>
public sealed class BenchRun(
    BenchOptions options, BenchDatabase db, AppProcess app, HttpClient http, string runTag, string workDir, CancellationToken stop)
{
    public BenchOptions Options => options;
    public BenchDatabase Db => db;
    public AppProcess App => app;
    public HttpClient Http => http;
    public string WorkDir => workDir;
    public CancellationToken Stop => stop;
    public Requests Requests { get; } = new(app.BaseAddress, Petition.Slug, runTag);
    public LoadDriver Driver { get; } = new(http, options.Clients, stop);
    public Figures Figures { get; } = new();
    public CpuSplit? LastCpuSplit { get; private set; }

    /// <summary>Runs a phase and prints how the CPU was shared while it ran, and what one operation cost.</summary>
    public async Task<T> WithCpuSplitAsync<T>(Func<Task<T>> phase, Func<T, long>? operations = null, string what = "request")
    {
        var before = CpuSnapshot.Take(app.Pid);
        var result = await phase();
        var after = CpuSnapshot.Take(app.Pid);
        var split = before.Until(after, await OurBackendsAsync());
        LastCpuSplit = split;
        Print("cpu", split.Shares());
        if (operations is not null)
        {
            Print("cpu cost", split.PerOperation(operations(result), what));
        }
        return result;
    }

    public static void Print(string label, string text) => Console.WriteLine($"  {label,-22} {text}");

    public static void Heading(string text) => Console.WriteLine($"\n== {text}");

    private async Task<HashSet<int>> OurBackendsAsync()
    {
        var rows = await db.RowsAsync("SELECT pid FROM pg_stat_activity WHERE datname = current_database()");
        return rows.Select(r => Convert.ToInt32(r[0])).ToHashSet();
    }
}
