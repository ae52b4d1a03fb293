using Campaigns.Bench;

if (args.Any(a => a is "--help" or "-h"))
{
    Console.WriteLine(BenchOptions.Usage);
    return 0;
}

BenchOptions options;
try
{
    options = BenchOptions.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or FormatException)
{
    Console.Error.WriteLine(ex.Message);
    Console.Error.WriteLine(BenchOptions.Usage);
    return 2;
}

if (options.Photos)
{
    PhotoBench.Run(options);
    return 0;
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    Console.WriteLine("stopping: finishing the current phase, then cleaning up");
    stop.Cancel();
};

var runTag = $"bench{DateTime.UtcNow:HHmmss}{Random.Shared.Next(100, 999)}";
var workDir = Directory.CreateTempSubdirectory("campaigns-bench-").FullName;
var succeeded = false;
try
{
    await using var db = await BenchDatabase.CreateAsync(options.PostgresAdmin);
    var facts = await MachineFacts.ReadAsync(db);
    Console.WriteLine($"database {db.Name}; work folder {workDir}");
    foreach (var line in facts.Lines())
    {
        Console.WriteLine(line);
    }
    using var http = HttpClients.Create(options.Clients);
    await using var app = AppProcess.Start(options, AppConnectionString(db, options), workDir);
    Console.WriteLine($"app: {options.AppDll} (pid {app.Pid}) on {app.BaseAddress}");
    await app.WaitUntilReadyAsync(http, TimeSpan.FromSeconds(120));
    if (options.Deliveries is { } letters)
    {
        await DeliveryPhase.RunAsync(db, options, letters, stop.Token);
        succeeded = true;
        return 0;
    }
    await Petition.ArrangeAsync(db);

    var run = new BenchRun(options, db, app, http, runTag, workDir, stop.Token);
    if (options.ReadsOnly)
    {
        await WatchersPhase.WarmUpAsync(run);
    }
    else
    {
        await WarmupPhase.RunAsync(run);
        await PgbenchPhase.RunAsync(run);
        var signingEnded = await SigningPhase.RunAsync(run);
        await OutboxDrainPhase.RunAsync(run, signingEnded);
        await DemoPetitionPhase.RunAsync(run);
        if (!options.SigningOnly)
        {
            await ConfirmationPhase.RunAsync(run);
        }
    }
    if (!options.SigningOnly)
    {
        await CountPhase.RunAsync(run);
        await WatchersPhase.RunAsync(run);
    }
    Summary.Print(run, facts);
    succeeded = true;
    return 0;
}
finally
{
    var removed = MailFolders.RemoveFromSharedMaildir(options, runTag);
    if (removed > 0)
    {
        Console.WriteLine($"removed the run's {removed:N0} messages from the shared Maildir");
    }
    if (succeeded)
    {
        WorkFolder.Clean(workDir);
    }
    else
    {
        Console.Error.WriteLine($"kept {workDir} (app.log has the app's output)");
    }
}

static string AppConnectionString(BenchDatabase db, BenchOptions options) =>
    string.IsNullOrWhiteSpace(options.NpgsqlExtra) ? db.ConnectionString : $"{db.ConnectionString};{options.NpgsqlExtra}";
