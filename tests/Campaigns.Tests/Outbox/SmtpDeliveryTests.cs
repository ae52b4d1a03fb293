using System.Net;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Outbox;

/// <summary>Mail through the real SMTP server (aiosmtpd writing a Maildir), including its failure modes.</summary>
public class SmtpDeliveryTests(SmtpAppFactory app) : IClassFixture<SmtpAppFactory>
{
    private readonly HttpClient _client = app.CreateClient();

    [SmtpFact]
    public async Task Utf8_names_survive_the_round_trip_through_the_smtp_server()
    {
        var petition = await app.Seed.PetitionAsync(c => c.Title = $"释放王炳章 Free Wang Bingzhang {c.Slug}");
        var email = Emails.Unique();

        await _client.SignAsync(petition.Slug, new SignatureRequest(email, Name: "王炳章", Country: "CN"));
        await app.DrainOutboxAsync();

        var message = await app.Mailbox.WaitForMessageToAsync(email);
        Assert.Equal("王炳章", message.ToName);
        Assert.Equal(email, message.ToAddress);
        Assert.Contains("释放王炳章", message.Subject);
        Assert.Matches("^<[^<>@]+@[^<>@]+>$", message.MessageId);
        Assert.Contains("王炳章", message.TextBody);
        Assert.Contains("王炳章", WebUtility.HtmlDecode(message.HtmlBody));
        Assert.Contains(message.ConfirmationLink.ToString(), WebUtility.HtmlDecode(message.HtmlBody));
        Assert.StartsWith(app.PublicBaseUrl, message.ConfirmationLink.ToString());
    }

    [SmtpFact]
    public async Task Link_in_the_delivered_email_confirms_the_signature()
    {
        var petition = await app.Seed.PetitionAsync();
        var email = Emails.Unique();

        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(email));
        await app.CountSignaturesAsync();

        Assert.Equal(1, (await app.Seed.FindCampaignAsync(petition.Slug))!.SignatureCount);
    }

    [SmtpFact]
    public async Task Temporary_smtp_failure_is_retried_with_backoff_and_delivered_exactly_once()
    {
        var petition = await app.Seed.PetitionAsync();
        var email = Emails.Unique();
        using var faults = await app.TakeSmtpFaultControlAsync();
        faults.Refuse();

        await _client.SignAsync(petition.Slug, new SignatureRequest(email));
        await app.DrainOutboxAsync();

        var failed = await MessageToAsync(petition.Id);
        Assert.Equal(OutboxState.Retrying, failed.State);
        Assert.Contains("451", failed.LastError);
        Assert.True(failed.AvailableAt > app.Clock.UtcNow, "A refused message must wait before its next attempt.");

        faults.Accept();
        await app.DrainOutboxAsync();
        Assert.Empty(app.Mailbox.MessagesTo(email));

        app.Clock.Advance(failed.AvailableAt - app.Clock.UtcNow + TimeSpan.FromSeconds(1));
        await app.DrainOutboxAsync();
        await app.DrainOutboxAsync();

        await app.Mailbox.WaitForMessageToAsync(email);
        Assert.Single(app.Mailbox.MessagesTo(email));
        var sent = await MessageToAsync(petition.Id);
        Assert.Equal(OutboxState.Sent, sent.State);
        Assert.Equal(2, sent.Attempts);
    }

    [SmtpFact]
    public async Task Permanent_smtp_failure_dead_letters_the_message()
    {
        var petition = await app.Seed.PetitionAsync();
        var email = Emails.Unique();
        using var faults = await app.TakeSmtpFaultControlAsync();
        faults.Reject();

        await _client.SignAsync(petition.Slug, new SignatureRequest(email));
        await app.DrainOutboxAsync();
        faults.Accept();
        app.Clock.Advance(TimeSpan.FromDays(1));
        await app.DrainOutboxAsync();

        var dead = await MessageToAsync(petition.Id);
        Assert.Equal(OutboxState.Dead, dead.State);
        Assert.Contains("550", dead.LastError);
        Assert.Empty(app.Mailbox.MessagesTo(email));
    }

    private Task<OutboxMessage> MessageToAsync(Guid campaignId) => app.WithDbAsync(async db =>
    {
        var signatureId = await db.Signatures.Where(s => s.CampaignId == campaignId).Select(s => s.Id).SingleAsync();
        return await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.DeliveryKey == "signature-confirmation:" + signatureId);
    });
}
