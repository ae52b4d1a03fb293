using System.Net;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Signing;

/// <summary>The signing flow through plain HTML forms, as a browser without JavaScript does it.</summary>
public class SigningPagesTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    private readonly HttpClient _browser = app.CreatePageClient();

    [Fact]
    public async Task Supporter_signs_and_confirms_with_plain_html_forms()
    {
        var petition = await app.Seed.PetitionAsync();
        var email = Emails.Unique();

        var signed = await SignThroughFormAsync(petition.Slug, email);
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        var thanks = await _browser.GetDocumentAsync(signed.Headers.Location!.OriginalString);
        Assert.Equal("Check your inbox", thanks.QuerySelector("h1").Text());

        await app.DrainOutboxAsync();
        var link = app.Mailbox.SingleMessageTo(email).ConfirmationLink;
        var confirmed = await _browser.SubmitFormAsync(link.PathAndQuery, link.AbsolutePath, new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Equal("Thank you, your signature is confirmed", (await HtmlForms.ParseAsync(confirmed)).QuerySelector("h1").Text());
        Assert.NotNull(await ConfirmedAtAsync(petition.Id));
    }

    [Fact]
    public async Task Opening_the_confirmation_link_does_not_confirm_so_mail_scanners_cannot_sign_for_anyone()
    {
        var petition = await app.Seed.PetitionAsync();
        var email = Emails.Unique();
        await SignThroughFormAsync(petition.Slug, email);
        await app.DrainOutboxAsync();
        var link = app.Mailbox.SingleMessageTo(email).ConfirmationLink.PathAndQuery;

        var page = await _browser.GetDocumentAsync(link);
        await _browser.GetAsync(link);

        Assert.Contains(page.QuerySelectorAll("button"), b => b.Text() == "Confirm my signature");
        Assert.Null(await ConfirmedAtAsync(petition.Id));
    }

    [Fact]
    public async Task Invalid_form_comes_back_with_messages_and_what_was_typed_and_stores_nothing()
    {
        var petition = await app.Seed.PetitionAsync();

        var response = await _browser.SubmitFormAsync($"/campaigns/{petition.Slug}", "/sign", new Dictionary<string, string>
        {
            ["Name"] = "Grace Hopper", ["Email"] = "not-an-email", ["Country"] = "GB",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await HtmlForms.ParseAsync(response);
        Assert.Contains("email", page.QuerySelector("form").Text(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Grace Hopper", page.QuerySelector("input[name=Name]")?.GetAttribute("value"));
        Assert.Equal(0, await SignatureRowsAsync(petition.Id));
    }

    [Fact]
    public async Task Form_errors_say_in_plain_words_what_to_fix()
    {
        var petition = await app.Seed.PetitionAsync();

        var response = await _browser.SubmitFormAsync($"/campaigns/{petition.Slug}", "/sign", new Dictionary<string, string>
        {
            ["Name"] = "", ["Email"] = "not-an-email", ["Country"] = "", ["Comment"] = new string('x', 1001),
        });

        string[] expected =
        [
            "Please enter your name.", "Please enter a valid email address, such as name@example.org.",
            "Please choose your country.", "The comment can be at most 1000 characters long.",
        ];
        Assert.Equal(expected.Order(), (await HtmlForms.ParseAsync(response)).ErrorMessages().Order());
    }

    [Fact]
    public async Task Form_filled_in_by_a_bot_is_thanked_but_stores_nothing()
    {
        var petition = await app.Seed.PetitionAsync();

        var response = await _browser.SubmitFormAsync($"/campaigns/{petition.Slug}", "/sign", new Dictionary<string, string>
        {
            ["Name"] = "Spam Bot", ["Email"] = Emails.Unique(), ["Country"] = "GB", ["Website"] = "http://spam.example",
        });

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, await SignatureRowsAsync(petition.Id));
    }

    [Fact]
    public async Task Form_post_without_the_antiforgery_token_is_refused_and_stores_nothing()
    {
        var petition = await app.Seed.PetitionAsync();

        var response = await _browser.PostAsync($"/campaigns/{petition.Slug}/sign", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Name"] = "Ada Lovelace", ["Email"] = Emails.Unique(), ["Country"] = "GB",
        }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(0, await SignatureRowsAsync(petition.Id));
    }

    private Task<HttpResponseMessage> SignThroughFormAsync(string slug, string email) =>
        _browser.SubmitFormAsync($"/campaigns/{slug}", "/sign", new Dictionary<string, string>
        {
            ["Name"] = "Ada Lovelace", ["Email"] = email, ["Country"] = "GB",
        });

    private Task<int> SignatureRowsAsync(Guid campaignId) =>
        app.WithDbAsync(db => db.Signatures.CountAsync(s => s.CampaignId == campaignId));

    private Task<DateTime?> ConfirmedAtAsync(Guid campaignId) =>
        app.WithDbAsync(db => db.Signatures.Where(s => s.CampaignId == campaignId).Select(s => s.ConfirmedAt).SingleAsync());
}
