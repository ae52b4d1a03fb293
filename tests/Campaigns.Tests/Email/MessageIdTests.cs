using Campaigns.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Email;

public class MessageIdTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task A_message_sent_again_after_a_crash_carries_the_same_message_id()
    {
        var petition = await app.Seed.PetitionAsync();
        var email = Emails.Unique();
        await app.CreateClient().SignAsync(petition.Slug, new SignatureRequest(email));
        await app.DrainOutboxAsync();
        await ForgetThatItWasSentAsync(petition.Id);

        await app.DrainOutboxAsync();

        var copies = await app.Mailbox.WaitForMessagesToAsync(email, 2);
        Assert.Equal(2, copies.Count);
        Assert.Equal(copies[0].MessageId, copies[1].MessageId);
        Assert.Matches("^<[0-9a-f]{32}@localhost>$", copies[0].MessageId);
    }

    [Fact]
    public async Task Different_messages_have_different_message_ids()
    {
        var petition = await app.Seed.PetitionAsync();
        var (first, second) = (Emails.Unique(), Emails.Unique());
        var client = app.CreateClient();
        await client.SignAsync(petition.Slug, new SignatureRequest(first));
        await client.SignAsync(petition.Slug, new SignatureRequest(second));

        await app.DrainOutboxAsync();

        Assert.NotEqual(app.Mailbox.SingleMessageTo(first).MessageId, app.Mailbox.SingleMessageTo(second).MessageId);
    }

    // What a crash between sending and recording it leaves behind, once the message's lease has lapsed.
    private Task ForgetThatItWasSentAsync(Guid campaignId) => app.WithDbAsync(async db =>
    {
        var signatureId = await db.Signatures.Where(s => s.CampaignId == campaignId).Select(s => s.Id).SingleAsync();
        await db.OutboxMessages.Where(m => m.DeliveryKey == "signature-confirmation:" + signatureId)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.ProcessedAt, (DateTime?)null).SetProperty(m => m.MessageId, (string?)null));
    });
}
