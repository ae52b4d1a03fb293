using System.Net;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Deliveries;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Letters;

/// <summary>The bad input, sent through the pages rather than the API: a clear message and nothing stored.</summary>
public class LetterFormErrorsTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task Sign_form_refuses_a_paragraph_over_the_limit_with_its_length_and_stores_nothing()
    {
        var organizer = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var slug = await app.PublishedLetterAsync(organizer, "appealLetter", LetterSteps.AppealBody,
            new { letterSubject = "Release Dr. Wang Bingzhang", editableText = LetterSteps.DefaultParagraph, editableMaxLength = 100 });
        var email = Emails.Unique();

        var response = await app.CreatePageClient().SubmitFormAsync($"/campaigns/{slug}", "/sign", new Dictionary<string, string>
        {
            ["Name"] = "Ada Lovelace", ["Email"] = email, ["Country"] = "GB", ["PersonalText"] = new string('x', 150),
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Your paragraph is 150 characters; the limit is 100.", (await HtmlForms.ParseAsync(response)).ErrorMessages());
        Assert.False(await app.WithDbAsync(db => db.Signatures.AnyAsync(s => s.Email == email)));
    }

    [Fact]
    public async Task Ledger_page_refuses_to_release_a_letter_to_a_postal_target_without_an_address()
    {
        var owner = await app.Seed.OrganizerAsync();
        var letter = await app.LetterCampaignAsync(CampaignKind.SignOnLetter, t =>
        {
            t.Mode = DeliveryMode.OnRelease;
            t.Channel = DeliveryChannel.Post;
            t.PostalAddress = null;
        }, owner: owner);
        await app.SignersAsync(letter.Slug, 1);
        var browser = app.CreatePageClient();
        await browser.SignInAsync(owner.Email, owner.Password);
        var ledger = await browser.GetDocumentAsync($"/organizer/campaigns/{letter.Slug}/deliveries");
        Assert.Contains("No postal address", ledger.QuerySelector($"#target-{letter.Target.Id} .no-postal-address").Text());
        Assert.Null(ledger.QuerySelector($"a[href='/campaigns/{letter.Slug}/letter?target={letter.Target.Id}']"));

        var response = await browser.SubmitFormAsync($"/organizer/campaigns/{letter.Slug}/deliveries", "/deliveries/release", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains((await HtmlForms.ParseAsync(response)).ErrorMessages(), m => m.Contains("receives letters by post but has no postal address"));
        Assert.Empty(await app.DeliveriesAsync(letter.Campaign.Id));
    }
}
