using System.Net;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Campaigns.Web.Email;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Jobs;

/// <summary>
/// The real app in its own process, killed hard after accepting signatures and before sending their
/// confirmation emails, then restarted with its jobs running.
/// </summary>
public sealed class CrashRecoveryTests : CrashHarness
{
    private const int Signers = 20;

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
        Assert.All(emails, email => Assert.Empty(Mailbox.MessagesTo(email)));
        var takenOver = await PretendADeadNodeHadClaimedSomeAsync();

        using var accepting = await ShareSmtpAsync();
        await using var restarted = await AppProcess.StartAsync(Settings(runJobs: true));
        await Poll.UntilAsync(async () => await PendingMessagesAsync() == 0, $"the restarted app to empty the outbox.\n{restarted.Output}");

        var keys = await InDbAsync(db => db.Signatures.AsNoTracking().ToDictionaryAsync(s => s.Email, s => "signature-confirmation:" + s.Id));
        foreach (var email in emails)
        {
            await Mailbox.WaitForMessageToAsync(email);
            Assert.Equal($"<{MessageIds.For(keys[email], "localhost")}>", Assert.Single(Mailbox.MessagesTo(email)).MessageId);
        }
        var states = await InDbAsync(db => db.OutboxMessages.AsNoTracking().Select(m => m.ProcessedAt != null && m.FailedAt == null).ToListAsync());
        Assert.All(states, Assert.True);
        Assert.All(takenOver, key => Assert.Contains(key, restarted.Output));
        Assert.All(emails, email => Assert.DoesNotContain(email, restarted.Output));
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
    // Returns their delivery keys, which the restarted app names when it sends them again.
    private Task<List<string>> PretendADeadNodeHadClaimedSomeAsync() => InDbAsync(async db =>
    {
        var claimed = db.OutboxMessages.Where(m => m.Id % 2 == 0);
        await claimed.ExecuteUpdateAsync(s => s
            .SetProperty(m => m.LockedBy, "node-that-died")
            .SetProperty(m => m.LockedUntil, DateTime.UtcNow.AddSeconds(-1))
            .SetProperty(m => m.Attempts, 1));
        return await claimed.Select(m => m.DeliveryKey).ToListAsync();
    });

    private Task<int> PendingMessagesAsync() =>
        InDbAsync(db => db.OutboxMessages.CountAsync(m => m.ProcessedAt == null && m.FailedAt == null));
}
