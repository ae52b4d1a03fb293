using System.Net;
using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.Following;

public class FollowerNewsTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task A_new_case_update_reaches_confirmed_followers_with_a_one_click_unsubscribe()
    {
        var (person, organizer) = await app.OrganizerCaseAsync("Huang Xueqin");
        var confirmed = new[] { Emails.Unique("confirmed"), Emails.Unique("confirmed") };
        var pending = Emails.Unique("pending");
        foreach (var email in confirmed)
        {
            await app.FollowAndConfirmAsync(person.Slug, email);
        }
        await app.CreateClient().FollowAsync(person.Slug, pending);

        await organizer.AddUpdateAsync(person.Slug, "Her family was allowed a first prison visit.");
        await app.DrainOutboxAsync();
        await app.DrainOutboxAsync();

        Assert.All(confirmed, email => Assert.Single(app.Mailbox.MessagesTo(email), m => m.Subject.StartsWith("News", StringComparison.Ordinal)));
        var news = app.Mailbox.MessagesTo(confirmed[0]).Single(m => m.Subject == "News about Huang Xueqin");
        Assert.Contains("Her family was allowed a first prison visit.", news.TextBody);
        Assert.Equal("List-Unsubscribe=One-Click", news.Header("List-Unsubscribe-Post"));
        Assert.StartsWith("http://campaigns.test/unsubscribe/", FollowingSteps.UnsubscribeLink(news).AbsoluteUri);
        Assert.DoesNotContain(app.Mailbox.MessagesTo(pending), m => m.Subject.StartsWith("News", StringComparison.Ordinal));
    }

    [Fact]
    public async Task One_click_unsubscribe_stops_the_emails_at_once()
    {
        var (person, organizer) = await app.OrganizerCaseAsync();
        var email = Emails.Unique("leaver");
        await app.FollowAndConfirmAsync(person.Slug, email);
        await organizer.AddUpdateAsync(person.Slug, "First news.");
        await app.DrainOutboxAsync();
        var link = FollowingSteps.UnsubscribeLink(app.Mailbox.MessagesTo(email).Single(m => m.Subject.StartsWith("News", StringComparison.Ordinal)));

        // What a mail client sends (RFC 8058): no cookie, no antiforgery token.
        var response = await app.CreateClient().PostAsync(link.PathAndQuery,
            new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        await organizer.AddUpdateAsync(person.Slug, "Second news.");
        await app.DrainOutboxAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull((await app.FollowerAsync(person.Id, email)).UnsubscribedAt);
        Assert.Single(app.Mailbox.MessagesTo(email), m => m.Subject.StartsWith("News", StringComparison.Ordinal));
    }

    [Fact]
    public async Task News_queued_before_unsubscribing_is_not_sent_after()
    {
        var (person, organizer) = await app.OrganizerCaseAsync();
        var email = Emails.Unique("leaver");
        await app.FollowAndConfirmAsync(person.Slug, email);
        await organizer.AddUpdateAsync(person.Slug, "First news.");
        await app.DrainOutboxAsync();
        var link = FollowingSteps.UnsubscribeLink(app.Mailbox.MessagesTo(email).Single(m => m.Subject.StartsWith("News", StringComparison.Ordinal)));
        await organizer.AddUpdateAsync(person.Slug, "Second news, queued while still following.");

        var response = await app.CreateClient().PostAsync(link.PathAndQuery, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));
        await app.DrainOutboxAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Single(app.Mailbox.MessagesTo(email), m => m.Subject.StartsWith("News", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_unsubscribe_link_opened_in_a_browser_asks_first_and_its_button_unsubscribes()
    {
        var (person, organizer) = await app.OrganizerCaseAsync();
        var email = Emails.Unique("reader");
        await app.FollowAndConfirmAsync(person.Slug, email);
        await organizer.AddUpdateAsync(person.Slug, "News.");
        await app.DrainOutboxAsync();
        var link = FollowingSteps.UnsubscribeLink(app.Mailbox.MessagesTo(email).Single(m => m.Subject.StartsWith("News", StringComparison.Ordinal)));
        var browser = app.CreatePageClient();

        var page = await browser.GetDocumentAsync(link.PathAndQuery);
        Assert.Null((await app.FollowerAsync(person.Id, email)).UnsubscribedAt);
        var pressed = await browser.SubmitFormAsync(link.PathAndQuery, link.AbsolutePath, new Dictionary<string, string>());

        Assert.Contains("Press the button to stop emails about Huang Xueqin.", page.Body.Text());
        Assert.Equal("You are unsubscribed", (await HtmlForms.ParseAsync(pressed)).QuerySelector("h1").Text());
        Assert.NotNull((await app.FollowerAsync(person.Id, email)).UnsubscribedAt);
    }

    [Fact]
    public async Task A_forged_unsubscribe_link_changes_nothing()
    {
        var response = await app.CreateClient().PostAsync("/unsubscribe/forged-token", new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task Following_again_after_unsubscribing_needs_a_new_confirmation()
    {
        var (person, organizer) = await app.OrganizerCaseAsync();
        var email = Emails.Unique("returning");
        await app.FollowAndConfirmAsync(person.Slug, email);
        await organizer.AddUpdateAsync(person.Slug, "News.");
        await app.DrainOutboxAsync();
        var link = FollowingSteps.UnsubscribeLink(app.Mailbox.MessagesTo(email).Single(m => m.Subject.StartsWith("News", StringComparison.Ordinal)));
        await app.CreateClient().PostAsync(link.PathAndQuery, new FormUrlEncodedContent([new("List-Unsubscribe", "One-Click")]));

        await app.CreateClient().FollowAsync(person.Slug, email);
        await app.DrainOutboxAsync();

        var follower = await app.FollowerAsync(person.Id, email);
        Assert.Null(follower.ConfirmedAt);
        Assert.Null(follower.UnsubscribedAt);
        Assert.Equal(2, app.Mailbox.MessagesTo(email).Count(m => m.Subject.StartsWith("Please confirm", StringComparison.Ordinal)));
    }
}
