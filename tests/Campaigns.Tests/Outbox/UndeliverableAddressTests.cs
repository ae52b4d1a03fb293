using Campaigns.Tests.Accounts;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Outbox;

public class UndeliverableAddressTests(SmtpAppFactory app) : IClassFixture<SmtpAppFactory>
{
    [SmtpFact]
    public async Task An_address_refused_for_good_gets_no_more_mail_until_an_admin_clears_it()
    {
        var email = Emails.Unique("refused");
        var first = await app.Seed.PetitionAsync();
        using (var faults = await app.TakeSmtpFaultControlAsync())
        {
            faults.Reject();
            await app.CreateClient().SignAsync(first.Slug, new SignatureRequest(email));
            await app.DrainOutboxAsync();
        }

        var second = await app.Seed.PetitionAsync();
        await app.CreateClient().SignAsync(second.Slug, new SignatureRequest(email));
        await app.DrainOutboxAsync();
        Assert.Empty(app.Mailbox.MessagesTo(email));
        var skipped = await ConfirmationMessageAsync(second.Id);
        Assert.Equal(OutboxState.Skipped, skipped.State);

        var admin = await AdminBrowserAsync();
        var outbox = await admin.GetPageAsync("/admin/outbox");
        Assert.Contains(email, outbox.QuerySelector("#undeliverable").Text());
        await admin.SubmitAsync(outbox, "/admin/undeliverable/clear", new Dictionary<string, string> { ["address"] = email });

        var third = await app.Seed.PetitionAsync();
        await app.CreateClient().SignAsync(third.Slug, new SignatureRequest(email));
        await app.DrainOutboxAsync();
        await app.Mailbox.WaitForMessageToAsync(email);
    }

    private Task<OutboxMessage> ConfirmationMessageAsync(Guid campaignId) => app.WithDbAsync(async db =>
    {
        var signatureId = await db.Signatures.Where(s => s.CampaignId == campaignId).Select(s => s.Id).SingleAsync();
        return await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.DeliveryKey == "signature-confirmation:" + signatureId);
    });

    private async Task<HttpClient> AdminBrowserAsync()
    {
        var account = await app.Seed.OrganizerAsync(role: Roles.Admin);
        var browser = app.CreateBrowser();
        await browser.SignInAsync(account);
        return browser;
    }
}
