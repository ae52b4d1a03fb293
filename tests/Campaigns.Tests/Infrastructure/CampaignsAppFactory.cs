using Campaigns.Web.Data;
using Campaigns.Web.Features.Counting;
using Campaigns.Web.Features.Signing;
using Campaigns.Web.Outbox;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Campaigns.Tests.Infrastructure;

/// <summary>
/// The whole app in memory, on a database of its own (<see cref="TestDatabase"/>), with its clock in the
/// test's hands, mail to a pickup folder unless SMTP is asked for, and the jobs run by the test
/// (<see cref="DrainOutboxAsync"/>, <see cref="CountSignaturesAsync"/>) unless <see cref="AppOptions.RunJobs"/> starts the
/// Hangfire servers.
/// </summary>
public class CampaignsAppFactory : WebApplicationFactory<Program>
{
    private readonly AppOptions _options;
    private readonly string _pickupDirectory;
    private SmtpFaults? _faults;
    private bool _cleanedUp;

    public CampaignsAppFactory() : this(new AppOptions())
    {
    }

    protected CampaignsAppFactory(AppOptions options)
    {
        _options = options;
        Clock = new TestClock(running: options.RunJobs);
        Smtp = options.Mail == MailDelivery.Smtp ? TestEnvironment.RequireSmtp() : null;
        Database = options.EmbeddedDatabase ? TestDatabase.CreateSqlite() : TestDatabase.Create();
        _pickupDirectory = Directory.CreateTempSubdirectory("campaigns-test-mail-").FullName;
        Mailbox = Smtp?.Mailbox ?? Mailbox.PickupFolder(_pickupDirectory);
        Seed = new Seed(this);
    }

    /// <summary>The app's TimeProvider: frozen until advanced, or running when Hangfire runs the jobs.</summary>
    public TestClock Clock { get; }

    public TestDatabase Database { get; }

    /// <summary>Where this app's mail arrives: its pickup folder, or the SMTP server's Maildir.</summary>
    public Mailbox Mailbox { get; }

    /// <summary>The SMTP server mail goes to; null when mail goes to the pickup folder.</summary>
    public SmtpServer? Smtp { get; }

    public Seed Seed { get; }

    /// <summary>The base of links in emails (Campaigns:PublicBaseUrl).</summary>
    public virtual string PublicBaseUrl => "http://campaigns.test";

    /// <summary>A factory with options other than the defaults, for tests that own its lifetime.</summary>
    public static CampaignsAppFactory Create(AppOptions options) => new(options);

    /// <summary>
    /// Sends everything due in the outbox, as the drain loop and the Hangfire workers would: first the messages that
    /// have jobs of their own (letters, fan-outs) whose retry has come by the app's clock, then the rest.
    /// </summary>
    public async Task<int> DrainOutboxAsync()
    {
        using var accepting = _faults?.IsActive == true ? null : await KeepSmtpAcceptingAsync();
        var processor = Services.GetRequiredService<OutboxProcessor>();
        var sent = 0;
        foreach (var key in await DueOwnJobMessagesAsync())
        {
            sent += await processor.SendOneAsync(key, CancellationToken.None) == OutboxOutcome.Sent ? 1 : 0;
        }
        return sent + await processor.DrainAsync(CancellationToken.None);
    }

    private Task<List<string>> DueOwnJobMessagesAsync()
    {
        var kinds = Services.GetRequiredService<OwnJobKinds>().Kinds;
        var now = Clock.GetUtcNow().UtcDateTime;
        return WithDbAsync(db => db.OutboxMessages
            .Where(m => kinds.Contains(m.Kind) && m.ProcessedAt == null && m.FailedAt == null && m.AvailableAt <= now
                && (m.LockedUntil == null || m.LockedUntil < now))
            .OrderBy(m => m.Id)
            .Select(m => m.DeliveryKey)
            .ToListAsync());
    }

    /// <summary>Folds pending confirmations into the campaigns' counts, as the counting job would.</summary>
    public Task<int> CountSignaturesAsync() => WithScopeAsync(sp => sp.GetRequiredService<SignatureCounter>().CountAsync(CancellationToken.None));

    public Task<int> ReconcileCountsAsync() => WithScopeAsync(sp => sp.GetRequiredService<CountReconciler>().ReconcileAsync(CancellationToken.None));

    public Task<(int Unconfirmed, int IpHashes)> PurgeSignerDataAsync() =>
        WithScopeAsync(sp => sp.GetRequiredService<SignerDataPurger>().PurgeAsync(CancellationToken.None));

    /// <summary>
    /// Keeps other tests from switching the shared SMTP server's fail modes while this one expects delivery;
    /// needed only when something other than <see cref="DrainOutboxAsync"/> sends (RunJobs, a child process).
    /// </summary>
    public async Task<IDisposable?> KeepSmtpAcceptingAsync() => Smtp is null ? null : await Smtp.ShareAsync();

    /// <summary>Makes the SMTP server refuse or reject mail until the returned object is disposed.</summary>
    public async Task<SmtpFaults> TakeSmtpFaultControlAsync()
    {
        var smtp = Smtp ?? throw new InvalidOperationException("This factory sends mail to a pickup folder; use MailDelivery.Smtp.");
        _faults = await smtp.TakeFaultControlAsync();
        return _faults;
    }

    /// <summary>A client for the pages: it keeps cookies and does not follow redirects, so tests see them.</summary>
    public HttpClient CreatePageClient() => CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

    /// <summary>A client whose requests come from <paramref name="address"/> as far as the app can tell.</summary>
    public HttpClient CreateClientFrom(string address) => TestClientAddress.From(CreateClient(), address);

    public async Task<T> WithScopeAsync<T>(Func<IServiceProvider, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider);
    }

    public Task<T> WithDbAsync<T>(Func<CampaignsDbContext, Task<T>> work) =>
        WithScopeAsync(sp => work(sp.GetRequiredService<CampaignsDbContext>()));

    public Task WithDbAsync(Func<CampaignsDbContext, Task> work) =>
        WithDbAsync(async db =>
        {
            await work(db);
            return true;
        });

    /// <summary>The configuration the app runs with, in "Section:Key" form.</summary>
    public IReadOnlyDictionary<string, string> AppSettings()
    {
        var settings = new Dictionary<string, string>(Database.AppSettings)
        {
            ["Campaigns:SeedDemoData"] = "false",
            ["Campaigns:PublicBaseUrl"] = PublicBaseUrl,
            ["Mail:PickupDirectory"] = Smtp is null ? _pickupDirectory : "",
            ["Jobs:Enabled"] = _options.RunJobs ? "true" : "false",
            ["RateLimiting:Enabled"] = _options.RateLimiting ? "true" : "false",
            ["Logging:LogLevel:Default"] = "Warning",
        };
        if (Smtp is not null)
        {
            settings["Mail:Smtp:Host"] = Smtp.Host;
            settings["Mail:Smtp:Port"] = Smtp.Port.ToString();
            settings["Mail:Smtp:Security"] = "None";
        }
        foreach (var (key, value) in _options.Settings)
        {
            settings[key] = value;
        }
        return settings;
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in AppSettings())
        {
            builder.UseSetting(key, value);
        }
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton<TimeProvider>(Clock);
            services.AddSingleton<IStartupFilter, TestClientAddress>();
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_cleanedUp)
        {
            return;
        }
        _cleanedUp = true;
        _faults?.Dispose();
        Database.Dispose();
        TestDatabase.TryDelete(_pickupDirectory);
        GC.SuppressFinalize(this);
    }
}
