using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Admin;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Campaigns.Tests.Deliveries;

/// <summary>Letters through a real SMTP server that refuses, then accepts; the ledger follows every attempt.</summary>
public class SmtpDeliveryLedgerTests(SmtpAppFactory app) : IClassFixture<SmtpAppFactory>
{
    [SmtpFact]
    public async Task Every_letter_arrives_exactly_once_after_the_smtp_server_refuses_for_a_while()
    {
        var letter = await app.LetterCampaignAsync(CampaignKind.AppealLetter, targets: 2);
        await app.SignersAsync(letter.Slug, 3);
        using (var faults = await app.TakeSmtpFaultControlAsync())
        {
            faults.Refuse();
            await app.RunDeliveriesAsync();
            var refused = await app.DeliveriesAsync(letter.Campaign.Id);
            Assert.All(refused, d =>
            {
                Assert.Equal(DeliveryStatus.Retrying, d.Status);
                Assert.Contains("451", d.LastError);
                Assert.Equal(1, d.Attempts);
            });
            app.Clock.Advance(TimeSpan.FromMinutes(2));
            await app.RunDeliveriesAsync();
        }

        app.Clock.Advance(TimeSpan.FromMinutes(10));
        await app.RunDeliveriesAsync();
        await app.RunDeliveriesAsync();

        foreach (var target in letter.Targets)
        {
            await app.Mailbox.WaitForMessagesToAsync(target.Email!, 3);
            Assert.Equal(3, app.Mailbox.MessagesTo(target.Email!).Select(m => m.MessageId).Distinct().Count());
            Assert.Equal(3, app.Mailbox.MessagesTo(target.Email!).Count);
        }
        var sent = await app.DeliveriesAsync(letter.Campaign.Id);
        Assert.All(sent, d =>
        {
            Assert.Equal(DeliveryStatus.Sent, d.Status);
            Assert.Equal(3, d.Attempts);
            Assert.Null(d.LastError);
            Assert.NotNull(d.MessageId);
        });
    }

    [SmtpFact]
    public async Task A_rejected_letter_fails_and_goes_back_to_retrying_when_an_admin_retries_it()
    {
        var letter = await app.LetterCampaignAsync(CampaignKind.AppealLetter);
        await app.SignersAsync(letter.Slug, 1);
        using (var faults = await app.TakeSmtpFaultControlAsync())
        {
            faults.Reject();
            await app.RunDeliveriesAsync();
        }
        var failed = Assert.Single(await app.DeliveriesAsync(letter.Campaign.Id));
        Assert.Equal(DeliveryStatus.Failed, failed.Status);
        Assert.Contains("550", failed.LastError);

        await app.WithScopeAsync(sp => sp.GetRequiredService<OutboxAdmin>().RetryAsync(failed.OutboxMessageId!.Value, CancellationToken.None));
        Assert.Equal(DeliveryStatus.Retrying, Assert.Single(await app.DeliveriesAsync(letter.Campaign.Id)).Status);
        await app.RunDeliveriesAsync();

        await app.Mailbox.WaitForMessageToAsync(letter.Target.Email!);
        var sent = Assert.Single(await app.DeliveriesAsync(letter.Campaign.Id));
        Assert.Equal((DeliveryStatus.Sent, 2), (sent.Status, sent.Attempts));
        Assert.Equal(1, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Id == failed.OutboxMessageId)));
    }
}
