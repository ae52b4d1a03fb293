using System.Net;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Email;
using Microsoft.EntityFrameworkCore;
using MimeKit;

namespace Campaigns.Tests.Jobs;

/// <summary>
/// Two instances of the real app send confirmation emails through one relay, and one of them dies with a message
/// on the wire on each of its connections, holding the leases of every message it had claimed.
/// </summary>
public sealed class ConfirmationTakeoverTests : CrashHarness
{
    private const int Signers = 40;
    private const int Parallelism = 4;
    private static readonly TimeSpan TakeOverWithin = TimeSpan.FromSeconds(15);

    [PostgresFact]
    public async Task A_dead_instance_s_confirmations_are_taken_over_within_seconds_and_only_what_was_on_the_wire_repeats_with_its_message_id()
    {
        await using var relay = new ScriptedRelay();
        var emails = await SignWhileNoJobsRunAsync(relay);
        relay.HoldAnswers();
        var doomed = await AppProcess.StartAsync(Sending(relay));
        await Poll.UntilAsync(() => Task.FromResult(relay.Held.Count == Parallelism), $"a message on the wire on each connection.\n{doomed.Output}");
        await using var survivor = await AppProcess.StartAsync(Sending(relay));
        var doomedNode = $"/{doomed.Id}/";
        Assert.Equal(Signers, await LeasedToAsync(doomedNode));

        doomed.Kill();
        await doomed.DisposeAsync();
        relay.Answer();

        await Poll.UntilAsync(async () => await LeasedToAsync(doomedNode) == 0,
            $"the survivor to take over the dead instance's messages.\n{survivor.Output}", TakeOverWithin);
        await Poll.UntilAsync(async () => await PendingAsync() == 0, $"the survivor to send every confirmation.\n{survivor.Output}");
        var keys = await DeliveryKeysByRecipientAsync();
        var received = relay.Messages.ToList();
        foreach (var email in emails)
        {
            var copies = received.Where(m => Recipient(m) == email).ToList();
            Assert.NotEmpty(copies);
            Assert.All(copies, copy => Assert.Equal(MessageIds.For(keys[email], "localhost"), copy.MessageId));
        }
        var repeated = received.GroupBy(m => m.MessageId).Where(g => g.Count() > 1).Select(g => g.Key).ToHashSet();
        Assert.Subset(relay.Held.Select(m => m.MessageId).ToHashSet(), repeated);
        Assert.All(relay.Held, held => Assert.Contains(keys[Recipient(held)], survivor.Output));
        Assert.All(emails, email => Assert.DoesNotContain(email, survivor.Output));
    }

    private async Task<List<string>> SignWhileNoJobsRunAsync(ScriptedRelay relay)
    {
        var emails = Enumerable.Range(0, Signers).Select(_ => Emails.Unique("takeover")).ToList();
        await using var signing = await AppProcess.StartAsync(Settings(runJobs: false, Mail(relay)));
        var slug = await SeedPetitionAsync();
        using var client = signing.CreateClient();
        foreach (var email in emails)
        {
            var response = await client.SignAsync(slug, new SignatureRequest(email));
            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        }
        Assert.Equal(Signers, await InDbAsync(db => db.Signatures.CountAsync()));
        return emails;
    }

    private Dictionary<string, string> Sending(ScriptedRelay relay) => Settings(runJobs: true, Mail(relay));

    private static Dictionary<string, string> Mail(ScriptedRelay relay) => new()
    {
        ["Mail:PickupDirectory"] = "",
        ["Mail:Smtp:Host"] = "127.0.0.1",
        ["Mail:Smtp:Port"] = relay.Port.ToString(),
        ["Mail:Smtp:Security"] = "None",
        // The messages stay on the wire until the instance dies, however long the survivor takes to start.
        ["Mail:Smtp:TimeoutSeconds"] = "600",
        ["Mail:Parallelism"] = Parallelism.ToString(),
    };

    private static string Recipient(MimeMessage message) => message.To.Mailboxes.Single().Address;

    private Task<string> SeedPetitionAsync() => InDbAsync(async db =>
    {
        var organisation = Seed.NewOrganisation(DateTime.UtcNow);
        var petition = Seed.NewPetition(organisation.Id, DateTime.UtcNow);
        db.Organisations.Add(organisation);
        db.Campaigns.Add(petition);
        await db.SaveChangesAsync();
        return petition.Slug;
    });

    private Task<int> LeasedToAsync(string node) => InDbAsync(db => db.OutboxMessages
        .CountAsync(m => m.ProcessedAt == null && m.FailedAt == null && m.LockedBy != null && m.LockedBy.Contains(node)));

    private Task<int> PendingAsync() =>
        InDbAsync(db => db.OutboxMessages.CountAsync(m => m.ProcessedAt == null && m.FailedAt == null));

    private Task<Dictionary<string, string>> DeliveryKeysByRecipientAsync() => InDbAsync(async db =>
    {
        var signatures = await db.Signatures.AsNoTracking().Select(s => new { s.Id, s.Email }).ToListAsync();
        return signatures.ToDictionary(s => s.Email, s => "signature-confirmation:" + s.Id);
    });
}
