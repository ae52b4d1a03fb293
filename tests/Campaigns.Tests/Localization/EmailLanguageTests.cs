using System.Net;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Following;
using Campaigns.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Localization;

public class EmailLanguageTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task A_signer_reading_Traditional_Chinese_gets_the_confirmation_in_Traditional_Chinese()
    {
        var petition = await app.Seed.PetitionAsync();
        var email = Emails.Unique("zh-hant-signer");
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Add("Accept-Language", "zh-TW");

        Assert.Equal(HttpStatusCode.Accepted, (await client.SignAsync(petition.Slug, new SignatureRequest(email, Name: "黃雪琴"))).StatusCode);
        await app.DrainOutboxAsync();

        var stored = await app.WithDbAsync(db => db.Signatures.AsNoTracking().SingleAsync(s => s.Email == email));
        var message = await app.Mailbox.WaitForMessageToAsync(email);
        Assert.Equal("zh-Hant", stored.Culture);
        Assert.Equal("zh-Hant", message.Header("Content-Language"));
        Assert.Contains("<html lang=\"zh-Hant\">", message.HtmlBody);
        Assert.Equal("?lang=zh-Hant", message.ConfirmationLink.Query);
    }

    [Fact]
    public async Task A_signer_whose_browser_asks_for_nothing_gets_English()
    {
        var petition = await app.Seed.PetitionAsync();
        var email = Emails.Unique("en-signer");

        await app.CreateClient().SignAsync(petition.Slug, new SignatureRequest(email));
        await app.DrainOutboxAsync();

        var message = await app.Mailbox.WaitForMessageToAsync(email);
        Assert.Equal("en", message.Header("Content-Language"));
        Assert.Equal("Please confirm your signature: " + petition.Title, message.Subject);
    }

    [Fact]
    public async Task A_follower_gets_the_news_in_the_language_they_followed_in()
    {
        var (person, organizer) = await app.OrganizerCaseAsync();
        var email = Emails.Unique("zh-hans-follower");
        var client = app.CreatePageClient();
        await client.GetAsync("/cases?lang=zh-Hans");
        Assert.Equal(HttpStatusCode.Accepted, (await client.FollowAsync(person.Slug, email)).StatusCode);
        await app.DrainOutboxAsync();
        var confirmation = await app.Mailbox.WaitForMessageToAsync(email);
        var link = FollowingSteps.FollowLink(confirmation);
        await app.CreatePageClient().SubmitFormAsync(link.PathAndQuery, link.AbsolutePath, new Dictionary<string, string>());

        await organizer.AddUpdateAsync(person.Slug, "A first prison visit.");
        await app.DrainOutboxAsync();

        var news = app.Mailbox.MessagesTo(email).Single(m => m.Header("List-Unsubscribe") is not null);
        Assert.Equal("zh-Hans", confirmation.Header("Content-Language"));
        Assert.Equal("zh-Hans", news.Header("Content-Language"));
        Assert.Contains("<html lang=\"zh-Hans\">", news.HtmlBody);
    }

    [Fact]
    public async Task An_organizer_account_email_is_in_the_language_of_the_request_that_caused_it()
    {
        var email = Emails.Unique("zh-hant-organizer");
        var browser = app.CreateBrowser();
        browser.DefaultRequestHeaders.Add("Accept-Language", "zh-HK");

        var response = await browser.RegisterAsync(email, displayName: "陳大文");
        await app.DrainOutboxAsync();

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("zh-Hant", (await app.Mailbox.WaitForMessageToAsync(email)).Header("Content-Language"));
    }
}
