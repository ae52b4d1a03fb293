using System.Net;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Outbox;

public class OutboxTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Confirmation_email_is_queued_in_the_same_transaction_as_the_signature()
    {
        var petition = await app.Seed.PetitionAsync();

        var response = await _client.SignAsync(petition.Slug, new SignatureRequest(Emails.Unique()));

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var signature = await app.WithDbAsync(db => db.Signatures.AsNoTracking().SingleAsync(s => s.CampaignId == petition.Id));
        var message = await MessageForAsync(signature.Id);
        Assert.Equal("signature-confirmation", message.Kind);
        Assert.Equal(OutboxState.Queued, message.State);
    }

    [Fact]
    public async Task Each_signature_gets_exactly_one_confirmation_email_however_often_the_outbox_drains()
    {
        var petition = await app.Seed.PetitionAsync();
        var emails = Enumerable.Range(0, 8).Select(_ => Emails.Unique()).ToList();
        foreach (var email in emails)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await _client.SignAsync(petition.Slug, new SignatureRequest(email))).StatusCode);
        }

        await Task.WhenAll(app.DrainOutboxAsync(), app.DrainOutboxAsync(), app.DrainOutboxAsync());
        await app.DrainOutboxAsync();

        Assert.All(emails, email => Assert.Single(app.Mailbox.MessagesTo(email)));
        var messages = await app.WithDbAsync(async db =>
        {
            var keys = (await db.Signatures.Where(s => s.CampaignId == petition.Id).Select(s => s.Id).ToListAsync())
                .Select(id => $"signature-confirmation:{id}").ToList();
            return await db.OutboxMessages.AsNoTracking().Where(m => keys.Contains(m.DeliveryKey)).ToListAsync();
        });
        Assert.Equal(emails.Count, messages.Count);
        Assert.All(messages, m => Assert.Equal(OutboxState.Sent, m.State));
        Assert.All(messages, m => Assert.False(string.IsNullOrEmpty(m.MessageId)));
    }

    [Fact]
    public async Task Message_claimed_by_a_node_that_died_is_sent_once_its_lease_runs_out()
    {
        var petition = await app.Seed.PetitionAsync();
        var email = Emails.Unique();
        await _client.SignAsync(petition.Slug, new SignatureRequest(email));
        var signature = await app.WithDbAsync(db => db.Signatures.AsNoTracking().SingleAsync(s => s.CampaignId == petition.Id));
        var leaseEnd = app.Clock.UtcNow.AddMinutes(2);
        await app.WithDbAsync(db => db.OutboxMessages.Where(m => m.DeliveryKey == "signature-confirmation:" + signature.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.LockedBy, "node-that-died").SetProperty(m => m.LockedUntil, leaseEnd).SetProperty(m => m.Attempts, 1)));

        await app.DrainOutboxAsync();
        Assert.Empty(app.Mailbox.MessagesTo(email));

        app.Clock.Advance(TimeSpan.FromMinutes(3));
        await app.DrainOutboxAsync();
        await app.DrainOutboxAsync();

        Assert.Single(app.Mailbox.MessagesTo(email));
        Assert.Equal(OutboxState.Sent, (await MessageForAsync(signature.Id)).State);
    }

    [Fact]
    public async Task Message_whose_signature_was_removed_is_marked_done_without_sending()
    {
        var petition = await app.Seed.PetitionAsync();
        var email = Emails.Unique();
        await _client.SignAsync(petition.Slug, new SignatureRequest(email));
        var signature = await app.WithDbAsync(db => db.Signatures.AsNoTracking().SingleAsync(s => s.CampaignId == petition.Id));
        await app.WithDbAsync(db => db.Signatures.Where(s => s.Id == signature.Id).ExecuteDeleteAsync());

        await app.DrainOutboxAsync();

        Assert.Empty(app.Mailbox.MessagesTo(email));
        Assert.Equal(OutboxState.Sent, (await MessageForAsync(signature.Id)).State);
    }

    [Fact]
    public async Task Emails_claimed_together_each_reach_their_own_signer_and_skip_only_an_address_that_refused_mail()
    {
        var petition = await app.Seed.PetitionAsync();
        var signers = Enumerable.Range(1, 6).Select(i => (Email: Emails.Unique(), Name: $"Signer {i}")).ToList();
        foreach (var (email, name) in signers)
        {
            await _client.SignAsync(petition.Slug, new SignatureRequest(email, Name: name));
        }
        var refused = signers[2].Email;
        await app.WithDbAsync(db =>
        {
            db.UndeliverableAddresses.Add(new UndeliverableAddress { EmailNormalized = refused.ToLowerInvariant(), Reason = "550 no such user", MarkedAt = app.Clock.UtcNow });
            return db.SaveChangesAsync();
        });

        await app.DrainOutboxAsync();

        Assert.Empty(app.Mailbox.MessagesTo(refused));
        var sent = signers.Where(s => s.Email != refused).Select(s => (s.Name, Email: app.Mailbox.SingleMessageTo(s.Email))).ToList();
        Assert.All(sent, s => Assert.Equal(s.Name, s.Email.ToName));
        Assert.All(sent, s => Assert.Contains($"Hello {s.Name},", s.Email.TextBody));
        var messages = await app.WithDbAsync(async db =>
        {
            var ids = await db.Signatures.Where(s => s.CampaignId == petition.Id).Select(s => new { s.Id, s.Email }).ToListAsync();
            var keys = ids.ToDictionary(s => $"signature-confirmation:{s.Id}", s => s.Email);
            var rows = await db.OutboxMessages.AsNoTracking().Where(m => keys.Keys.Contains(m.DeliveryKey)).ToListAsync();
            return rows.ToDictionary(m => keys[m.DeliveryKey]);
        });
        Assert.Equal(OutboxState.Skipped, messages[refused].State);
        Assert.All(sent, s => Assert.Equal(s.Email.MessageId, messages[s.Email.ToAddress].MessageId));
        Assert.All(sent, s => Assert.Equal(OutboxState.Sent, messages[s.Email.ToAddress].State));
    }

    private Task<OutboxMessage> MessageForAsync(Guid signatureId) =>
        app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.DeliveryKey == "signature-confirmation:" + signatureId));
}
