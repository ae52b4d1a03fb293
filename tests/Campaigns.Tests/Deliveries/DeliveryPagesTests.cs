using System.Net;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;

namespace Campaigns.Tests.Deliveries;

/// <summary>The organizer's ledger pages work without JavaScript: counts, lines, release and recording a posting.</summary>
public class DeliveryPagesTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task Organizer_sees_each_letter_with_its_message_id_on_the_ledger_page()
    {
        var (organizer, browser) = await SignedInAsync();
        var letter = await app.LetterCampaignAsync(CampaignKind.AppealLetter, t => t.Name = "Minister Li", owner: organizer);
        await app.SignersAsync(letter.Slug, 2);
        await app.RunDeliveriesAsync();
        await app.RunDeliveriesAsync();

        var page = await browser.GetPageAsync($"/organizer/campaigns/{letter.Slug}/deliveries");

        var summary = page.QuerySelectorAll($"#target-{letter.Target.Id} td").Select(td => td.TextContent.Trim()).Take(8);
        Assert.Equal(["Minister Li", "Email", "One by one", "0", "0", "0", "0", "2"], summary);
        var lines = page.QuerySelectorAll("tr.delivery-sent");
        Assert.Equal(2, lines.Length);
        var messageIds = app.Mailbox.MessagesTo(letter.Target.Email!).Select(m => m.MessageId!).ToList();
        Assert.All(lines, line => Assert.Contains(messageIds, id => line.TextContent.Contains(id)));
        var manage = await browser.GetPageAsync($"/organizer/campaigns/{letter.Slug}");
        Assert.NotNull(manage.QuerySelector($"a[href='/organizer/campaigns/{letter.Slug}/deliveries']"));
    }

    [Fact]
    public async Task Organizer_releases_a_letter_to_be_posted_and_records_its_posting_with_the_forms()
    {
        var (organizer, browser) = await SignedInAsync();
        var letter = await app.LetterCampaignAsync(CampaignKind.SignOnLetter, t =>
        {
            t.Mode = DeliveryMode.OnRelease;
            t.Channel = DeliveryChannel.Post;
        }, owner: organizer);
        await app.SignersAsync(letter.Slug, 3);
        var ledger = $"/organizer/campaigns/{letter.Slug}/deliveries";
        var before = await browser.GetPageAsync(ledger);
        Assert.NotNull(before.QuerySelector($"a[href='/campaigns/{letter.Slug}/letter?target={letter.Target.Id}']"));

        var released = await browser.SubmitFormAsync(ledger, "/deliveries/release", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.Redirect, released.StatusCode);
        var missingDate = await browser.SubmitFormAsync(ledger, "/posted", new Dictionary<string, string> { ["Method"] = "hand" });
        Assert.Equal(HttpStatusCode.BadRequest, missingDate.StatusCode);
        Assert.Contains("Give the date the letter was posted or handed in.", (await HtmlForms.ParseAsync(missingDate)).ErrorMessages());
        var posted = await browser.SubmitFormAsync(ledger, "/posted", new Dictionary<string, string>
        {
            ["PostedAt"] = DateTime.UtcNow.AddHours(-1).ToString("yyyy-MM-ddTHH:mm"),
            ["Method"] = "hand",
            ["Reference"] = "Handed in at the embassy gate",
        });

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var after = await browser.GetPageAsync(ledger);
        var line = after.QuerySelector("tr.delivery-sent").Text();
        Assert.Contains("Posted (hand)", line);
        Assert.Contains("Handed in at the embassy gate", line);
        Assert.Contains(" 3 ", line);
    }

    [Fact]
    public async Task Another_organisations_ledger_is_forbidden()
    {
        var (_, browser) = await SignedInAsync();
        var letter = await app.LetterCampaignAsync(CampaignKind.AppealLetter, owner: await app.Seed.OrganizerAsync());

        var response = await browser.GetAsync($"/organizer/campaigns/{letter.Slug}/deliveries");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task The_delivery_endpoints_are_described_in_openapi()
    {
        var document = await app.CreateClient().GetStringAsync("/api/openapi.json");

        Assert.Contains("/api/campaigns/{slug}/deliveries", document);
        Assert.Contains("/api/organizer/campaigns/{slug}/release", document);
        Assert.Contains("/api/organizer/deliveries/{id}/posted", document);
    }

    private async Task<(Infrastructure.Organizer Organizer, HttpClient Browser)> SignedInAsync()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var browser = app.CreateBrowser();
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(organizer.Email, organizer.Password)).StatusCode);
        return (organizer, browser);
    }
}
