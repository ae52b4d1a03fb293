using System.Net;
using System.Text.Json;
using Campaigns.Tests.Following;
using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.MySignatures;

public class MySignaturesLinkTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task An_address_that_signed_and_one_that_never_did_get_the_same_answer_and_only_the_first_gets_mail()
    {
        var petition = await app.Seed.PetitionAsync();
        var signer = Emails.Unique("signer");
        var stranger = Emails.Unique("stranger");
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(signer));
        var api = app.CreateClient();
        var pages = app.CreatePageClient();

        var toSigner = await api.RequestMySignaturesLinkAsync(signer);
        var toStranger = await api.RequestMySignaturesLinkAsync(stranger);
        var pageForSigner = await pages.SubmitFormAsync("/my-signatures", "/my-signatures", new Dictionary<string, string> { ["Email"] = signer });
        var pageForStranger = await pages.SubmitFormAsync("/my-signatures", "/my-signatures", new Dictionary<string, string> { ["Email"] = stranger });
        await app.DrainOutboxAsync();

        Assert.Equal(HttpStatusCode.Accepted, toSigner.StatusCode);
        Assert.Equal(toSigner.StatusCode, toStranger.StatusCode);
        Assert.Equal(await toSigner.Content.ReadAsStringAsync(), await toStranger.Content.ReadAsStringAsync());
        Assert.Contains("If this address signed or followed anything here, we have sent it a link.", await toSigner.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, pageForSigner.StatusCode);
        Assert.Equal(pageForSigner.StatusCode, pageForStranger.StatusCode);
        Assert.Equal(pageForSigner.Headers.Location, pageForStranger.Headers.Location);
        Assert.Equal(await pageForSigner.Content.ReadAsStringAsync(), await pageForStranger.Content.ReadAsStringAsync());
        Assert.Contains("we have sent it a link", (await pages.GetDocumentAsync(pageForSigner.Headers.Location!.OriginalString)).QuerySelector("main").Text());
        Assert.Equal(2, app.Mailbox.MessagesTo(signer).Count(m => m.Subject == MySignaturesSteps.LinkSubject));
        Assert.Empty(app.Mailbox.MessagesTo(stranger));
    }

    [Fact]
    public async Task A_bad_address_gets_a_field_error_and_nothing_is_queued()
    {
        var response = await app.CreateClient().RequestMySignaturesLinkAsync("not an address");
        var page = await app.CreatePageClient().SubmitFormAsync("/my-signatures", "/my-signatures", new Dictionary<string, string> { ["Email"] = "" });

        await Problems.AssertFieldErrorAsync(response, "email");
        Assert.Equal(HttpStatusCode.BadRequest, page.StatusCode);
        Assert.Contains("Please enter your email address.", (await HtmlForms.ParseAsync(page)).QuerySelector(".errors").Text());
    }

    [Fact]
    public async Task One_mailbox_gets_at_most_three_links_an_hour_however_often_it_is_asked_for()
    {
        var petition = await app.Seed.PetitionAsync();
        var email = Emails.Unique("flooded");
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(email));
        var client = app.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await client.RequestMySignaturesLinkAsync(email)).StatusCode);
        }
        await app.DrainOutboxAsync();
        app.Clock.Advance(TimeSpan.FromMinutes(61));
        await client.RequestMySignaturesLinkAsync(email);
        await app.DrainOutboxAsync();

        Assert.Equal(4, app.Mailbox.MessagesTo(email).Count(m => m.Subject == MySignaturesSteps.LinkSubject));
    }

    [Fact]
    public async Task The_link_lists_what_the_mailbox_signed_wrote_and_followed_and_nothing_of_another_mailbox()
    {
        var petition = await app.Seed.PetitionAsync();
        var person = await app.CaseAsync("Wang Jianbing");
        var email = Emails.Unique("owner");
        var other = Emails.Unique("other");
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(email, Name: "Marie Curie", Comment: "Free them all"));
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(other, Name: "Lise Meitner", Comment: "Someone else's words"));
        await app.FollowAndConfirmAsync(person.Slug, email);
        await app.CountSignaturesAsync();
        var path = await app.MySignaturesPathAsync(email);

        var page = await app.CreatePageClient().GetDocumentAsync(path);
        var json = await app.CreateClient().GetAsync($"/api{path}");
        await app.CountSignaturesAsync();

        var text = page.QuerySelector("main").Text();
        Assert.Contains(petition.Title, text);
        Assert.Contains("Marie Curie", text);
        Assert.Contains("Free them all", text);
        Assert.Contains("Confirmed: it counts", text);
        Assert.Contains("Wang Jianbing", text);
        Assert.DoesNotContain("Lise Meitner", text);
        Assert.DoesNotContain("Someone else's words", text);
        using var records = JsonDocument.Parse(await json.Content.ReadAsStringAsync());
        Assert.Single(records.RootElement.GetProperty("signatures").EnumerateArray());
        Assert.Single(records.RootElement.GetProperty("follows").EnumerateArray());
        Assert.Equal(2, (await app.Seed.FindCampaignAsync(petition.Slug))!.SignatureCount);
    }

    [Fact]
    public async Task A_forged_or_expired_link_gets_a_clear_page_and_a_problem_not_an_error()
    {
        var petition = await app.Seed.PetitionAsync();
        var email = Emails.Unique("expired");
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(email));
        var path = await app.MySignaturesPathAsync(email);
        var pages = app.CreatePageClient();

        var forged = await pages.GetAsync("/my-signatures/not-a-token");
        var forgedApi = await app.CreateClient().DeleteAsync("/api/my-signatures/not-a-token");
        app.Clock.Advance(TimeSpan.FromHours(49));
        var expired = await pages.GetAsync(path);

        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Contains("This link does not work", (await HtmlForms.ParseAsync(forged)).QuerySelector("h1").Text());
        await Problems.AssertProblemAsync(forgedApi, HttpStatusCode.NotFound);
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
        Assert.NotNull((await HtmlForms.ParseAsync(expired)).QuerySelector("form[action='/my-signatures'] input[name=Email]"));
    }

    [Fact]
    public async Task Emails_to_signers_and_followers_carry_a_link_to_their_page()
    {
        var petition = await app.Seed.PetitionAsync();
        var person = await app.CaseAsync();
        var signer = Emails.Unique("signer");
        var follower = Emails.Unique("follower");

        var confirmation = await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(signer, Name: "Marie Curie"));
        await app.CreateClient().FollowAsync(person.Slug, follower);
        await app.DrainOutboxAsync();

        var fromConfirmation = await app.CreatePageClient().GetDocumentAsync(MySignaturesSteps.PagePath(confirmation));
        Assert.Contains("Marie Curie", fromConfirmation.QuerySelector("main").Text());
        Assert.StartsWith("/my-signatures/", MySignaturesSteps.PagePath(app.Mailbox.SingleMessageTo(follower)));
    }
}
