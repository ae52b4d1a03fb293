using System.Net;
using System.Net.Http.Json;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;

namespace Campaigns.Tests.Deliveries;

/// <summary>The organizer's delivery commands and ledger, and what they refuse.</summary>
public class DeliveryCommandTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task Releasing_a_letter_to_a_postal_target_without_an_address_is_refused_and_changes_nothing()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var letter = await app.LetterCampaignAsync(CampaignKind.SignOnLetter, t =>
        {
            t.Mode = DeliveryMode.OnRelease;
            t.Channel = DeliveryChannel.Post;
            t.PostalAddress = null;
        }, owner: organizer);
        await app.SignersAsync(letter.Slug, 1);
        using var client = await app.Seed.ClientForAsync(organizer);

        var response = await client.PostAsync($"/api/organizer/campaigns/{letter.Slug}/release?target={letter.Target.Id}", null);

        var errors = await Problems.AssertFieldErrorAsync(response, "target");
        Assert.Contains("no postal address", errors.Single());
        Assert.Empty(await app.DeliveriesAsync(letter.Campaign.Id));
    }

    [Fact]
    public async Task A_posted_letter_is_recorded_by_the_organizer_and_shows_as_sent()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var letter = await app.LetterCampaignAsync(CampaignKind.SignOnLetter, t =>
        {
            t.Mode = DeliveryMode.OnRelease;
            t.Channel = DeliveryChannel.Post;
        }, owner: organizer);
        await app.SignersAsync(letter.Slug, 2);
        using var client = await app.Seed.ClientForAsync(organizer);
        var released = await client.PostAsync($"/api/organizer/campaigns/{letter.Slug}/release", null);
        Assert.Equal(HttpStatusCode.OK, released.StatusCode);
        Assert.Contains($"/campaigns/{letter.Slug}/letter?target={letter.Target.Id}", await released.Content.ReadAsStringAsync());
        await app.RunDeliveriesAsync();
        var waiting = Assert.Single((await client.LedgerAsync(letter.Slug)).Items);
        Assert.Equal("queued", waiting.Status);

        var bad = await client.PostAsJsonAsync($"/api/organizer/deliveries/{waiting.Id}/posted", new { method = "pigeon" });
        await Problems.AssertFieldErrorAsync(bad, "method");
        await Problems.AssertFieldErrorAsync(bad, "postedAt");
        var posted = await client.PostAsJsonAsync($"/api/organizer/deliveries/{waiting.Id}/posted",
            new { postedAt = DateTime.UtcNow.AddHours(-3), method = "courier", reference = "DHL 1234567890" });

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        var line = Assert.Single((await client.LedgerAsync(letter.Slug, "?status=sent")).Items);
        Assert.Equal(("courier", "DHL 1234567890", 2), (line.PostedMethod, line.PostedReference, line.SignatureCount));
        var again = await client.PostAsJsonAsync($"/api/organizer/deliveries/{waiting.Id}/posted",
            new { postedAt = DateTime.UtcNow, method = "post" });
        await Problems.AssertProblemAsync(again, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Recording_a_posting_for_an_email_delivery_is_a_conflict()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var letter = await app.LetterCampaignAsync(CampaignKind.AppealLetter, owner: organizer);
        await app.SignersAsync(letter.Slug, 1);
        using var client = await app.Seed.ClientForAsync(organizer);
        var delivery = Assert.Single((await client.LedgerAsync(letter.Slug)).Items);

        var response = await client.PostAsJsonAsync($"/api/organizer/deliveries/{delivery.Id}/posted",
            new { postedAt = DateTime.UtcNow, method = "post" });

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Contains("by email", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Releasing_a_letter_whose_targets_take_letters_as_they_come_is_refused()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var letter = await app.LetterCampaignAsync(CampaignKind.AppealLetter, owner: organizer);
        using var client = await app.Seed.ClientForAsync(organizer);

        await Problems.AssertProblemAsync(await client.PostAsync($"/api/organizer/campaigns/{letter.Slug}/release", null), HttpStatusCode.Conflict);
        await Problems.AssertFieldErrorAsync(await client.PostAsync($"/api/organizer/campaigns/{letter.Slug}/release?target={letter.Target.Id}", null), "target");
        await Problems.AssertFieldErrorAsync(await client.PostAsync($"/api/organizer/campaigns/{letter.Slug}/release?target={Guid.NewGuid()}", null), "target");
    }

    [Fact]
    public async Task The_ledger_is_for_the_campaigns_organizers_only_and_checks_its_filters()
    {
        var letter = await app.LetterCampaignAsync(CampaignKind.AppealLetter, owner: await app.Seed.OrganizerAsync());
        using var stranger = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        using var admin = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync(role: Roles.Admin));

        Assert.Equal(HttpStatusCode.Unauthorized, (await app.CreateClient().GetAsync($"/api/campaigns/{letter.Slug}/deliveries")).StatusCode);
        await Problems.AssertProblemAsync(await stranger.GetAsync($"/api/campaigns/{letter.Slug}/deliveries"), HttpStatusCode.Forbidden);
        Assert.Single((await admin.LedgerAsync(letter.Slug)).Targets);
        await Problems.AssertFieldErrorAsync(await admin.GetAsync($"/api/campaigns/{letter.Slug}/deliveries?status=lost"), "status");
        await Problems.AssertFieldErrorAsync(await admin.GetAsync($"/api/campaigns/{letter.Slug}/deliveries?pageSize=0"), "pageSize");
    }

    [Fact]
    public async Task The_supporter_gets_a_copy_of_their_letter_with_a_receipt_that_follows_its_delivery()
    {
        var letter = await app.LetterCampaignAsync(CampaignKind.AppealLetter, t => t.Name = "Minister Wang");
        var supporter = (await app.SignersAsync(letter.Slug, 1))[0];
        var other = (await app.SignersAsync(letter.Slug, 1))[0];
        await app.DrainOutboxAsync();

        var copy = app.Mailbox.MessagesTo(supporter).Single(m => m.Subject.StartsWith("Your letter"));
        Assert.Contains("Their only crime was to write.", copy.TextBody);
        var receiptLink = new Uri(copy.TextBody!.Split('\n').Single(l => l.Contains("/letters/")).Trim()).PathAndQuery;
        using var client = app.CreateClient();
        var queued = await client.GetStringAsync(receiptLink);
        Assert.Contains("Minister Wang", queued);
        Assert.Contains("Queued", queued);
        Assert.DoesNotContain(other, queued);
        Assert.DoesNotContain(other[..14], queued);

        await app.RunDeliveriesAsync();
        var delivered = await client.GetStringAsync(receiptLink);
        Assert.Contains("Delivered on", delivered);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/letters/not-a-token")).StatusCode);
    }
}
