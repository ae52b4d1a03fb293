using Campaigns.Web.Data;

namespace Campaigns.Tests.Infrastructure;

/// <summary>
/// What a crash test needs around the real app in its own process: a database of its own, the mail it
/// sends (the SMTP server when configured, else a pickup folder), and the settings to start it with.
/// </summary>
public abstract class CrashHarness : IDisposable
{
    private readonly string _pickupDirectory = Directory.CreateTempSubdirectory("campaigns-test-crash-").FullName;
    private readonly SmtpServer? _smtp = TestEnvironment.Smtp;

    protected CrashHarness() => Mailbox = _smtp?.Mailbox ?? Mailbox.PickupFolder(_pickupDirectory);

    protected TestDatabase Database { get; } = TestDatabase.Create();

    protected Mailbox Mailbox { get; }

    /// <summary>Holds the shared SMTP server for this test while its app sends, when there is one.</summary>
    protected async Task<IDisposable?> ShareSmtpAsync() => _smtp is null ? null : await _smtp.ShareAsync();

    protected Dictionary<string, string> Settings(bool runJobs, IReadOnlyDictionary<string, string>? overrides = null)
    {
        var settings = new Dictionary<string, string>(Database.AppSettings)
        {
            ["Campaigns:SeedDemoData"] = "false",
            ["Campaigns:PublicBaseUrl"] = "http://campaigns.test",
            ["Campaigns:IpHashSalt"] = "crash-test-salt-0123456789",
            ["Jobs:Enabled"] = runJobs ? "true" : "false",
            ["RateLimiting:Enabled"] = "false",
            ["Mail:PickupDirectory"] = _smtp is null ? _pickupDirectory : "",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        if (_smtp is not null)
        {
            settings["Mail:Smtp:Host"] = _smtp.Host;
            settings["Mail:Smtp:Port"] = _smtp.Port.ToString();
            settings["Mail:Smtp:Security"] = "None";
        }
        foreach (var (key, value) in overrides ?? new Dictionary<string, string>())
        {
            settings[key] = value;
        }
        return settings;
    }

    protected async Task<T> InDbAsync<T>(Func<CampaignsDbContext, Task<T>> work)
    {
        await using var db = Database.NewContext();
        return await work(db);
    }

    public void Dispose()
    {
        Database.Dispose();
        TestDatabase.TryDelete(_pickupDirectory);
        GC.SuppressFinalize(this);
    }
}
