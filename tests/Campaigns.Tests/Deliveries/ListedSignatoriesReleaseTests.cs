using System.Net;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Letters;
using Campaigns.Web.Domain;

namespace Campaigns.Tests.Deliveries;

/// <summary>A sign-on letter whose signatories the organizer listed (a family, its supporters) and that no one signed online.</summary>
public class ListedSignatoriesReleaseTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task Letter_signed_only_by_listed_names_is_released_posted_and_recorded_from_the_ledger_page()
    {
        var owner = await app.Seed.OrganizerAsync();
        using var organizer = await app.Seed.ClientForAsync(owner);
        var letter = await app.LetterCampaignAsync(CampaignKind.SignOnLetter, t =>
        {
            t.Mode = DeliveryMode.OnRelease;
            t.Channel = DeliveryChannel.Post;
        }, owner: owner);
        var family = (await organizer.AddGroupAsync(letter.Slug, new { name = "Family", country = "CA" })).GetProperty("id").GetString()!;
        await organizer.AddSignatoryAsync(letter.Slug, family, new { name = "Ti-Anna Wang" });
        var browser = app.CreatePageClient();
        await browser.SignInAsync(owner.Email, owner.Password);
        var ledger = $"/organizer/campaigns/{letter.Slug}/deliveries";

        var released = await browser.SubmitFormAsync(ledger, "/deliveries/release", new Dictionary<string, string>());
        var again = await browser.SubmitFormAsync(ledger, "/deliveries/release", new Dictionary<string, string>());
        var printable = await app.CreateClient().GetStringAsync($"/campaigns/{letter.Slug}/letter?target={letter.Target.Id}");
        var posted = await browser.SubmitFormAsync(ledger, "/posted", new Dictionary<string, string>
        {
            ["PostedAt"] = DateTime.UtcNow.AddHours(-1).ToString("yyyy-MM-ddTHH:mm"),
            ["Method"] = "post",
            ["Reference"] = "Registered mail RR123",
        });

        Assert.Equal(HttpStatusCode.Redirect, released.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
        Assert.Contains("Nothing new to release", string.Join(" ", (await HtmlForms.ParseAsync(again)).ErrorMessages()));
        Assert.Contains("Ti-Anna Wang", printable);
        Assert.Contains("1 Justice Street", printable);
        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var line = (await browser.GetDocumentAsync(ledger)).QuerySelector("tr.delivery-sent").Text();
        Assert.Contains("Posted (By post)", line);
        Assert.Contains("Registered mail RR123", line);
        var delivery = Assert.Single(await app.DeliveriesAsync(letter.Campaign.Id));
        Assert.Equal((DeliveryStatus.Sent, 0), (delivery.Status, delivery.SignatureCount));
    }

    [Fact]
    public async Task Letter_signed_only_by_listed_names_goes_out_by_itself_once_at_the_deadline()
    {
        var owner = await app.Seed.OrganizerAsync();
        using var organizer = await app.Seed.ClientForAsync(owner);
        var letter = await app.LetterCampaignAsync(CampaignKind.SignOnLetter, t => t.Mode = DeliveryMode.OnRelease,
            c => c.Deadline = DateTime.UtcNow.AddDays(2), owner);
        var family = (await organizer.AddGroupAsync(letter.Slug, new { name = "Family", country = "CA" })).GetProperty("id").GetString()!;
        await organizer.AddSignatoryAsync(letter.Slug, family, new { name = "Ti-Anna Wang" });
        await app.RunDeliveriesAsync();
        Assert.Empty(app.Mailbox.MessagesTo(letter.Target.Email!));

        app.Clock.Advance(TimeSpan.FromDays(3));
        await app.RunDeliveriesAsync();
        await app.RunDeliveriesAsync();
        app.Clock.Advance(TimeSpan.FromDays(1));
        await app.RunDeliveriesAsync();

        var email = app.Mailbox.SingleMessageTo(letter.Target.Email!);
        Assert.Contains("Family (Canada)", email.TextBody);
        Assert.Contains("Ti-Anna Wang", email.TextBody);
        var delivery = Assert.Single(await app.DeliveriesAsync(letter.Campaign.Id));
        Assert.Equal((DeliveryMode.OnRelease, DeliveryStatus.Sent, 0), (delivery.Mode, delivery.Status, delivery.SignatureCount));
    }
}
