namespace Campaigns.Bench;

public sealed record BenchOptions
{
    public const string Usage = """
        usage: Campaigns.Bench [--postgres <admin connection string>] [--clients 64] [--seconds 20]
                               [--count-seconds 10] [--warmup 10] [--confirm 10000] [--smtp] [--root <repo>]
                               [--rate <signatures/s>] [--npgsql "<extra connection string settings for the app>"]
                               [--watch-seconds 10] [--reads-only] [--demo-seconds 10] [--signing-only]
                               [--deliveries <letters>] [--smtp-port 2525] [--photos [--photo-runs 15]]
          --postgres  admin connection string (default: $CAMPAIGNS_TEST_POSTGRES, else local postgres/postgres)
          --smtp      send mail to the SMTP sink on 127.0.0.1:2525 instead of a pickup folder
          --confirm   how many signatures to confirm from their emails (0 skips that phase)
          --rate      offer signatures at this fixed rate instead of as fast as the clients can go; latency
                      then counts from when each request was due (so queueing shows), e.g. --rate 1000
          --warmup    at least this many seconds of signing and count reads before measuring, longer
                      (up to 60 s more) until the app's JIT thread is quiet
          --watch-seconds  length of each watcher measurement (case counts, badge, 304s, 1,000/s offered)
          --reads-only     skip signing, the outbox and confirmations: only count, counts and badge reads
          --demo-seconds   after the measured signing, sign the seeded demo petition and then the bench's own
                      petition again for this long each and compare their rates (0 skips it)
          --signing-only   stop after signing, pgbench, the outbox and the demo petition: no confirmations or reads
          --deliveries instead of signing, measure letters delivered to one official per second, individually
                      and as digests (--digest-size signatures each, default 100), then stop
          --smtp-port the SMTP sink's port (default 2525)
          --photos    instead of everything else, time the case photo pipeline on a 12-megapixel JPEG in this
                      process (median of --photo-runs runs after a warm-up) and print the stored sizes
          --npgsql    appended to the app's connection string, e.g. "Max Auto Prepare=20" (experiments only)
        Expects `dotnet build -c Release` to have been run in the repository.
        """;

    public string PostgresAdmin { get; init; } =
        Environment.GetEnvironmentVariable("CAMPAIGNS_TEST_POSTGRES") is { Length: > 0 } fromEnv
            ? fromEnv
            : "Host=127.0.0.1;Port=5432;Username=postgres;Password=postgres";

    public int Clients { get; init; } = 64;
    public int SignSeconds { get; init; } = 20;
    public int CountSeconds { get; init; } = 10;
    public int WarmupSeconds { get; init; } = 10;
    public int ConfirmSample { get; init; } = 10_000;
    public bool Smtp { get; init; }
    public int SmtpPort { get; init; } = 2525;
    public int? Deliveries { get; init; }
    public int DigestSize { get; init; } = 100;
    public string? NpgsqlExtra { get; init; }
    public double? Rate { get; init; }
    public int WatchSeconds { get; init; } = 10;
    public bool ReadsOnly { get; init; }
    public int DemoSeconds { get; init; } = 10;
    public bool SigningOnly { get; init; }
    public bool Photos { get; init; }
    public int PhotoRuns { get; init; } = 15;
    public string RepoRoot { get; init; } = FindRepoRoot();

    public string AppDll => Path.Combine(RepoRoot, "src", "Campaigns.Web", "bin", "Release", "net10.0", "Campaigns.Web.dll");
    public string ContentRoot => Path.Combine(RepoRoot, "src", "Campaigns.Web");

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions();
        for (var i = 0; i < args.Length; i++)
        {
            string Value() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            options = args[i] switch
            {
                "--postgres" => options with { PostgresAdmin = Value() },
                "--clients" => options with { Clients = Positive(Value()) },
                "--seconds" => options with { SignSeconds = Positive(Value()) },
                "--count-seconds" => options with { CountSeconds = Positive(Value()) },
                "--warmup" => options with { WarmupSeconds = int.Parse(Value()) },
                "--confirm" => options with { ConfirmSample = int.Parse(Value()) },
                "--smtp" => options with { Smtp = true },
                "--smtp-port" => options with { SmtpPort = Positive(Value()) },
                "--deliveries" => options with { Deliveries = Positive(Value()) },
                "--digest-size" => options with { DigestSize = Positive(Value()) },
                "--npgsql" => options with { NpgsqlExtra = Value() },
                "--rate" => options with { Rate = Positive(Value()) },
                "--watch-seconds" => options with { WatchSeconds = Positive(Value()) },
                "--reads-only" => options with { ReadsOnly = true },
                "--demo-seconds" => options with { DemoSeconds = int.Parse(Value()) },
                "--signing-only" => options with { SigningOnly = true },
                "--photos" => options with { Photos = true },
                "--photo-runs" => options with { PhotoRuns = Positive(Value()) },
                "--root" => options with { RepoRoot = Path.GetFullPath(Value()) },
                _ => throw new ArgumentException($"Unknown argument '{args[i]}'."),
            };
        }
        return options;
    }

    private static int Positive(string text) =>
        int.TryParse(text, out var value) && value > 0 ? value : throw new ArgumentException($"'{text}' is not a positive number.");

    private static string FindRepoRoot()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "Campaigns.sln")))
                {
                    return dir.FullName;
                }
            }
        }
        return Directory.GetCurrentDirectory();
    }
}
