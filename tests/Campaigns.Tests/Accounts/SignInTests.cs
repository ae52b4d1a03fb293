using System.Net;
using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.Accounts;

public class SignInTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    private const string Refused = "The email address or password is incorrect";

    [Fact]
    public async Task Signing_in_before_confirming_is_refused_with_a_way_to_get_a_new_link()
    {
        var browser = app.CreateBrowser();
        var email = Emails.Unique("early");
        await browser.RegisterAsync(email);

        var attempt = await browser.SignInAsync(email, AccountSteps.Password);
        var page = await attempt.ParseAsync();
        Assert.Contains("Confirm your email address first", page.Text());
        Assert.False(await browser.IsSignedInAsync());

        var resent = await browser.SubmitAsync(page, "/account/resend");
        Assert.Contains("Check your inbox", (await resent.ParseAsync()).Text());
        await app.DrainOutboxAsync();
        var links = app.Mailbox.MessagesTo(email).Select(m => m.AccountConfirmationLink()).ToList();
        Assert.Equal(2, links.Count);

        var confirmPage = await browser.GetPageAsync(links[^1].PathAndQuery);
        await browser.SubmitAsync(confirmPage, "/account/confirm");
        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(email, AccountSteps.Password)).StatusCode);
    }

    [Fact]
    public async Task An_unconfirmed_account_with_a_wrong_password_gets_the_usual_refusal()
    {
        var browser = app.CreateBrowser();
        var email = Emails.Unique("guess");
        await browser.RegisterAsync(email);

        var page = await (await browser.SignInAsync(email, "not-the-password-1")).ParseAsync();

        Assert.Contains(Refused, page.Text());
        Assert.DoesNotContain("Confirm your email address first", page.Text());
    }

    [Fact]
    public async Task Unknown_address_and_wrong_password_get_the_same_refusal()
    {
        var organizer = await app.Seed.OrganizerAsync();

        var unknown = await (await app.CreateBrowser().SignInAsync(Emails.Unique("nobody"), AccountSteps.Password)).ParseAsync();
        var wrong = await (await app.CreateBrowser().SignInAsync(organizer.Email, "not-the-password-1")).ParseAsync();

        Assert.Equal(unknown.ErrorMessages(), wrong.ErrorMessages());
        Assert.Contains(wrong.ErrorMessages(), e => e.StartsWith(Refused, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_even_against_the_right_one()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var browser = app.CreateBrowser();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.BadRequest, (await browser.SignInAsync(organizer.Email, $"wrong-password-{i}")).StatusCode);
        }

        var withRightPassword = await browser.SignInAsync(organizer.Email, organizer.Password);

        Assert.Equal(HttpStatusCode.BadRequest, withRightPassword.StatusCode);
        Assert.Contains(Refused, (await withRightPassword.ParseAsync()).Text());
        Assert.False(await browser.IsSignedInAsync());
    }

    [Fact]
    public async Task Four_wrong_passwords_do_not_lock_the_account()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var browser = app.CreateBrowser();
        for (var i = 0; i < 4; i++)
        {
            await browser.SignInAsync(organizer.Email, $"wrong-password-{i}");
        }

        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(organizer.Email, organizer.Password)).StatusCode);
    }

    [Fact]
    public async Task Signing_in_returns_to_the_page_asked_for_but_never_to_another_site()
    {
        var organizer = await app.Seed.OrganizerAsync();

        var local = await app.CreateBrowser().SignInAsync(organizer.Email, organizer.Password, "/organizer/campaigns?page=2");
        var foreign = await app.CreateBrowser().SignInAsync(organizer.Email, organizer.Password, "https://evil.example/phish");
        var sneaky = await app.CreateBrowser().SignInAsync(organizer.Email, organizer.Password, "//evil.example/phish");

        Assert.Equal("/organizer/campaigns?page=2", local.Headers.Location?.OriginalString);
        Assert.Equal("/organizer", foreign.Headers.Location?.OriginalString);
        Assert.Equal("/organizer", sneaky.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_page_that_needs_signing_in_sends_to_the_sign_in_page_and_back()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var browser = app.CreateBrowser();

        var challenge = await browser.GetAsync("/organizer");
        Assert.Equal(HttpStatusCode.Redirect, challenge.StatusCode);
        var loginPage = await browser.GetPageAsync(challenge.Headers.Location!.PathAndQuery);
        var signedIn = await browser.SubmitAsync(loginPage, "/account/login", new Dictionary<string, string>
        {
            ["Email"] = organizer.Email,
            ["Password"] = organizer.Password,
        });

        Assert.Equal("/organizer", signedIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Signing_out_from_any_page_ends_the_session()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var browser = app.CreateBrowser();
        await browser.SignInAsync(organizer.Email, organizer.Password);
        Assert.True(await browser.IsSignedInAsync());

        var signedOut = await browser.SubmitAsync(await browser.GetPageAsync("/account/login"), "/account/logout");

        Assert.Equal("/", signedOut.Headers.Location?.OriginalString);
        Assert.False(await browser.IsSignedInAsync());
    }

    [Fact]
    public async Task An_organizer_on_an_admin_page_sees_the_not_allowed_page()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var browser = app.CreateBrowser();
        await browser.SignInAsync(organizer.Email, organizer.Password);

        browser.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        var denied = await browser.GetAsync("/admin/outbox");

        Assert.Equal(HttpStatusCode.Forbidden, denied.StatusCode);
        Assert.Contains("Not allowed", (await denied.ParseAsync()).Text());
    }

    [Fact]
    public async Task Sign_in_form_errors_re_render_with_messages()
    {
        var browser = app.CreateBrowser();

        var response = await browser.SubmitAsync(await browser.GetPageAsync("/account/login"), "/account/login",
            new Dictionary<string, string> { ["Email"] = "someone@example.org", ["Password"] = "" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var page = await response.ParseAsync();
        Assert.Contains("Please enter your password.", page.ErrorMessages());
        Assert.Equal("someone@example.org", page.QuerySelector("#Email")?.GetAttribute("value"));
    }
}
