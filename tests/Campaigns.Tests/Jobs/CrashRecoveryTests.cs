using System.Net;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Jobs;

/// <summary>
/// The real app in its own process, killed hard after accepting signatures and before sending their
/// confirmation emails, then restarted with its jobs running.
/// </summary>
public sealed class CrashRecoveryTests : IDisposable
{
    private const int Signers = 20;
    private readonly TestDatabase _database = TestDatabase.Create();
    private readonly string _pickupDirectory = Directory.CreateTempSubdirectory("campaigns-test-crash-mail-").FullName;
    private readonly SmtpServer? _smtp = TestEnvironment.Smtp;
    private readonly Mailbox _mailbox;

    public CrashRecoveryTests() => _mailbox = _smtp?.Mailbox ?? Mailbox.PickupFolder(_pickupDirectory);

    [Fact]
    public async Task Every_signature_accepted_before_a_crash_gets_exactly_one_confirmation_email_after_restart()
    {
        var emails = Enumerable.Range(0, Signers).Select(_ => Emails.Unique("crash")).ToList();
        await using (var doomed = await AppProcess.StartAsync(Settings(runJobs: false)))
        {
            var slug = await SeedPetitionAsync();
            using var client = doomed.CreateClient();
            foreach (var email in emails)
            {
                var response = await client.SignAsync(slug, new SignatureRequest(email));
                Assert.True(response.StatusCode == HttpStatusCode.Accepted, $"{email}: {(int)response.StatusCode}\n{doomed.Output}");
            }
            doomed.Kill();
        }
        Assert.Equal(Signers, await PendingMessagesAsync());
        Assert.All(emails, email => Assert.Empty(_mailbox.MessagesTo(email)));
        await PretendADeadNodeHadClaimedSomeAsync();

        using var accepting = _smtp is null ? null : await _smtp.ShareAsync();
        await using var restarted = await AppProcess.StartAsync(Settings(runJobs: true));
        await Poll.UntilAsync(async () => await PendingMessagesAsync() == 0, $"the restarted app to empty the outbox.\n{restarted.Output}");

        foreach (var email in emails)
        {
            await _mailbox.WaitForMessageToAsync(email);
            Assert.Single(_mailbox.MessagesTo(email));
        }
        var states = await InDbAsync(db => db.OutboxMessages.AsNoTracking().Select(m => m.ProcessedAt != null && m.FailedAt == null).ToListAsync());
        Assert.All(states, Assert.True);
    }

    public void Dispose()
    {
        _database.Dispose();
        TestDatabase.TryDelete(_pickupDirectory);
    }

    private Dictionary<string, string> Settings(bool runJobs)
    {
        var settings = new Dictionary<string, string>(_database.AppSettings)
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
            settings["Mail:Smtp:StartTls"] = "false";
        }
        return settings;
    }

    private Task<string> SeedPetitionAsync() => InDbAsync(async db =>
    {
        var organisation = Seed.NewOrganisation(DateTime.UtcNow);
        var petition = Seed.NewPetition(organisation.Id, DateTime.UtcNow);
        db.Organisations.Add(organisation);
        db.Campaigns.Add(petition);
        await db.SaveChangesAsync();
        return petition.Slug;
    });

    // A node that claimed these and died leaves them leased; the lease has run out by the time we restart.
    private Task PretendADeadNodeHadClaimedSomeAsync() => InDbAsync(db => db.OutboxMessages
        .Where(m => m.Id % 2 == 0)
        .ExecuteUpdateAsync(s => s
            .SetProperty(m => m.LockedBy, "node-that-died")
            .SetProperty(m => m.LockedUntil, DateTime.UtcNow.AddSeconds(-1))
            .SetProperty(m => m.Attempts, 1)));

    private Task<int> PendingMessagesAsync() =>
        InDbAsync(db => db.OutboxMessages.CountAsync(m => m.ProcessedAt == null && m.FailedAt == null));

    private async Task<T> InDbAsync<T>(Func<Campaigns.Web.Data.CampaignsDbContext, Task<T>> work)
    {
        await using var db = _database.NewContext();
        return await work(db);
    }
}
