using System.Net;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;

namespace Campaigns.Tests.Deliveries;

/// <summary>Targets that take digests or a released letter get the letter once with the list of its signatories.</summary>
public class DigestAndReleaseTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task Digest_goes_out_when_the_threshold_is_reached_with_every_signatory_once()
    {
        var letter = await app.LetterCampaignAsync(CampaignKind.SignOnLetter, t =>
        {
            t.Mode = DeliveryMode.Digest;
            t.DigestThreshold = 3;
        });
        var signers = await app.SignersAsync(letter.Slug, 2);
        await app.RunDeliveriesAsync();
        Assert.Empty(app.Mailbox.MessagesTo(letter.Target.Email!));

        signers = [.. signers, .. await app.SignersAsync(letter.Slug, 1)];
        await app.RunDeliveriesAsync();
        await app.RunDeliveriesAsync();

        var digest = app.Mailbox.SingleMessageTo(letter.Target.Email!);
        Assert.Contains("Signed by 3 people from 1 country", digest.TextBody);
        foreach (var signer in signers)
        {
            Assert.DoesNotContain(signer, digest.TextBody);
            Assert.Contains($"{signer[..14]}, Lyon, France", digest.TextBody);
        }
        var delivery = Assert.Single(await app.DeliveriesAsync(letter.Campaign.Id));
        Assert.Equal((DeliveryMode.Digest, DeliveryStatus.Sent, 3), (delivery.Mode, delivery.Status, delivery.SignatureCount));
    }

    [Fact]
    public async Task A_backlog_of_signatures_goes_out_as_digests_of_the_threshold_each_and_the_rest_waits()
    {
        var letter = await app.LetterCampaignAsync(CampaignKind.SignOnLetter, t =>
        {
            t.Mode = DeliveryMode.Digest;
            t.DigestThreshold = 2;
        });
        await app.SignersAsync(letter.Slug, 5);

        await app.RunDeliveriesAsync();
        await app.RunDeliveriesAsync();

        var digests = app.Mailbox.MessagesTo(letter.Target.Email!);
        Assert.Equal(2, digests.Count);
        Assert.All(digests, d => Assert.Contains("Signed by 2 people", d.TextBody));
        var deliveries = await app.DeliveriesAsync(letter.Campaign.Id);
        Assert.Equal([2, 2], deliveries.Select(d => d.SignatureCount));
    }

    [Fact]
    public async Task Daily_digest_gathers_a_days_signatures_into_one_email()
    {
        var letter = await app.LetterCampaignAsync(CampaignKind.JointStatement, t =>
        {
            t.Mode = DeliveryMode.Digest;
            t.DigestDaily = true;
            t.TimeZone = "Europe/Paris";
        });
        await app.SignersAsync(letter.Slug, 2);
        await app.RunDeliveriesAsync();
        Assert.Empty(app.Mailbox.MessagesTo(letter.Target.Email!));

        app.Clock.Advance(TimeSpan.FromDays(1));
        await app.RunDeliveriesAsync();
        await app.RunDeliveriesAsync();
        app.Clock.Advance(TimeSpan.FromDays(1));
        await app.RunDeliveriesAsync();

        var digest = app.Mailbox.SingleMessageTo(letter.Target.Email!);
        Assert.Contains("Signed by 2 people", digest.TextBody);
    }

    [Fact]
    public async Task Sign_on_letter_waits_for_the_organizers_release_then_goes_once_with_all_signatories()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var letter = await app.LetterCampaignAsync(CampaignKind.SignOnLetter, t => t.Mode = DeliveryMode.OnRelease, owner: organizer);
        var signers = await app.SignersAsync(letter.Slug, 3);
        await app.RunDeliveriesAsync();
        Assert.Empty(app.Mailbox.MessagesTo(letter.Target.Email!));
        using var client = await app.Seed.ClientForAsync(organizer);

        var released = await client.PostAsync($"/api/organizer/campaigns/{letter.Slug}/release", null);
        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        await app.RunDeliveriesAsync();
        await app.RunDeliveriesAsync();

        var email = app.Mailbox.SingleMessageTo(letter.Target.Email!);
        Assert.All(signers, s => Assert.Contains($"{s[..14]} (France)", email.TextBody));
        var ledger = await client.LedgerAsync(letter.Slug);
        var line = Assert.Single(ledger.Items);
        Assert.Equal(("sent", "onrelease", 3, email.MessageId), (line.Status, line.Mode, line.SignatureCount, line.MessageId));
    }

    [Fact]
    public async Task Sign_on_letter_is_released_by_itself_at_the_deadline()
    {
        var letter = await app.LetterCampaignAsync(CampaignKind.SignOnLetter, t => t.Mode = DeliveryMode.OnRelease,
            c => c.Deadline = DateTime.UtcNow.AddDays(2));
        var signers = await app.SignersAsync(letter.Slug, 2);

        app.Clock.Advance(TimeSpan.FromDays(3));
        await app.RunDeliveriesAsync();
        await app.RunDeliveriesAsync();

        var email = app.Mailbox.SingleMessageTo(letter.Target.Email!);
        Assert.All(signers, s => Assert.Contains($"{s[..14]} (France)", email.TextBody));
    }
}
