using System.Net;
using Campaigns.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Following;

public class FollowCaseTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task Following_starts_only_when_the_button_behind_the_emailed_link_is_pressed()
    {
        var person = await app.CaseAsync();
        var email = Emails.Unique("follower");
        var client = app.CreatePageClient();

        var asked = await client.FollowAsync(person.Slug, email);
        await app.DrainOutboxAsync();

        Assert.Equal(HttpStatusCode.Accepted, asked.StatusCode);
        var message = app.Mailbox.SingleMessageTo(email);
        Assert.Contains("Huang Xueqin", message.Subject);
        var link = FollowingSteps.FollowLink(message);
        var page = await client.GetAsync(link.PathAndQuery);
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("Start following", await page.Content.ReadAsStringAsync());
        Assert.Null((await app.FollowerAsync(person.Id, email)).ConfirmedAt);

        var pressed = await client.SubmitFormAsync(link.PathAndQuery, link.AbsolutePath, new Dictionary<string, string>());

        Assert.Contains("You follow Huang Xueqin", (await HtmlForms.ParseAsync(pressed)).QuerySelector("h1").Text());
        Assert.NotNull((await app.FollowerAsync(person.Id, email)).ConfirmedAt);
    }

    [Fact]
    public async Task Asking_again_gets_the_same_answer_and_a_confirmed_follower_gets_no_new_email()
    {
        var person = await app.CaseAsync();
        var email = Emails.Unique("follower");
        await app.FollowAndConfirmAsync(person.Slug, email);
        var client = app.CreateClient();
        var first = await (await client.FollowAsync(person.Slug, Emails.Unique("newcomer"))).Content.ReadAsStringAsync();

        var again = await client.FollowAsync(person.Slug, email.ToUpperInvariant());
        await app.DrainOutboxAsync();

        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Equal(first, await again.Content.ReadAsStringAsync());
        Assert.Single(app.Mailbox.MessagesTo(email));
        Assert.Equal(1, await app.WithDbAsync(db => db.Followers.CountAsync(f => f.CaseId == person.Id && f.Email == email)));
    }

    [Fact]
    public async Task The_follow_page_works_without_javascript_and_explains_a_bad_address()
    {
        var person = await app.CaseAsync("Wang Jianbing");
        var client = app.CreatePageClient();
        var path = $"/cases/{person.Slug}/follow";

        var bad = await client.SubmitFormAsync(path, path, new Dictionary<string, string> { ["Email"] = "not an address" });
        var email = Emails.Unique("page");
        var good = await client.SubmitFormAsync(path, path, new Dictionary<string, string> { ["Email"] = email });
        await app.DrainOutboxAsync();

        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        Assert.Contains("Please enter a valid email address", (await HtmlForms.ParseAsync(bad)).QuerySelector(".errors").Text());
        Assert.Equal(HttpStatusCode.Redirect, good.StatusCode);
        Assert.Contains("Check your inbox", (await client.GetDocumentAsync(good.Headers.Location!.OriginalString)).QuerySelector("h1").Text());
        Assert.Contains("Wang Jianbing", app.Mailbox.SingleMessageTo(email).Subject);
    }

    [Fact]
    public async Task A_bot_filling_the_hidden_field_is_thanked_and_nothing_is_stored()
    {
        var person = await app.CaseAsync();
        var client = app.CreatePageClient();
        var path = $"/cases/{person.Slug}/follow";
        var email = Emails.Unique("bot");

        var response = await client.SubmitFormAsync(path, path, new Dictionary<string, string> { ["Email"] = email, ["Website"] = "http://spam.example" });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, await app.WithDbAsync(db => db.Followers.CountAsync(f => f.Email == email)));
    }

    [Fact]
    public async Task Bad_requests_get_clear_errors_and_store_nothing()
    {
        var person = await app.CaseAsync();
        var client = app.CreateClient();

        var invalid = await client.FollowAsync(person.Slug, "someone at example.org");
        var missing = await client.FollowAsync(person.Slug, "");
        var unknownCase = await client.FollowAsync("no-such-case", Emails.Unique());
        var forgedToken = await client.PostAsync("/api/followers/confirmations/not-a-token", null);

        Assert.Contains("Please enter a valid email address, such as name@example.org.", await Problems.AssertFieldErrorAsync(invalid, "email"));
        Assert.Contains("Please enter your email address.", await Problems.AssertFieldErrorAsync(missing, "email"));
        await Problems.AssertProblemAsync(unknownCase, HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(forgedToken, HttpStatusCode.NotFound);
        Assert.Equal(0, await app.WithDbAsync(db => db.Followers.CountAsync(f => f.CaseId == person.Id)));
    }
}
