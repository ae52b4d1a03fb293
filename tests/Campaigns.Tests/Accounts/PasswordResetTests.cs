using System.Net;
using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.Accounts;

public class PasswordResetTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    private const string NewPassword = "lanterns-over-the-harbour-7";
    private const string LinkRefused = "This reset link is not valid or has expired";

    [Fact]
    public async Task A_forgotten_password_is_replaced_through_the_emailed_link()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var browser = app.CreateBrowser();
        var loginPage = await browser.GetPageAsync("/account/login");
        var forgotLink = loginPage.QuerySelector("a[href^='/account/forgot']")?.GetAttribute("href")
            ?? throw new InvalidOperationException("The sign-in page has no link to /account/forgot.");

        var requested = await browser.SubmitAsync(await browser.GetPageAsync(forgotLink), "/account/forgot",
            new Dictionary<string, string> { ["Email"] = organizer.Email });
        Assert.Contains("we have sent it a link to choose a new password", (await requested.ParseAsync()).Text());
        var changed = await ResetAsync(browser, await ResetLinkToAsync(organizer.Email), NewPassword);

        Assert.Equal(HttpStatusCode.OK, changed.StatusCode);
        var donePage = await changed.ParseAsync();
        Assert.Contains("Your password is changed", donePage.Text());
        Assert.NotNull(donePage.QuerySelector("a[href='/account/login']"));
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowser().SignInAsync(organizer.Email, NewPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await app.CreateBrowser().SignInAsync(organizer.Email, organizer.Password)).StatusCode);
    }

    [Fact]
    public async Task An_unknown_address_gets_the_same_answer_and_no_email()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var stranger = Emails.Unique("nobody");

        var known = await RequestResetAsync(app.CreateBrowser(), organizer.Email);
        var unknown = await RequestResetAsync(app.CreateBrowser(), stranger);
        await app.DrainOutboxAsync();

        Assert.Equal(known.StatusCode, unknown.StatusCode);
        Assert.Equal((await known.ParseAsync()).Text(), (await unknown.ParseAsync()).Text());
        Assert.Empty(app.Mailbox.MessagesTo(stranger));
        Assert.Single(app.Mailbox.MessagesTo(organizer.Email));
    }

    [Fact]
    public async Task An_account_waiting_for_confirmation_gets_no_reset_email()
    {
        var email = Emails.Unique("unconfirmed");
        await app.CreateBrowser().RegisterAsync(email);

        await RequestResetAsync(app.CreateBrowser(), email);
        await app.DrainOutboxAsync();

        Assert.Equal("/account/confirm", app.Mailbox.SingleMessageTo(email).Links.Single().AbsolutePath);
    }

    [Fact]
    public async Task A_tampered_link_is_refused_and_changes_nothing()
    {
        var organizer = await app.Seed.OrganizerAsync();
        await RequestResetAsync(app.CreateBrowser(), organizer.Email);
        var link = await ResetLinkToAsync(organizer.Email);

        var refused = await ResetAsync(app.CreateBrowser(), Tampered(link), NewPassword);

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains((await refused.ParseAsync()).ErrorMessages(), e => e.StartsWith(LinkRefused, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.BadRequest, (await app.CreateBrowser().SignInAsync(organizer.Email, NewPassword)).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowser().SignInAsync(organizer.Email, organizer.Password)).StatusCode);
    }

    [Fact]
    public async Task A_link_works_only_once()
    {
        var organizer = await app.Seed.OrganizerAsync();
        await RequestResetAsync(app.CreateBrowser(), organizer.Email);
        var link = await ResetLinkToAsync(organizer.Email);
        await ResetAsync(app.CreateBrowser(), link, NewPassword);

        var again = await ResetAsync(app.CreateBrowser(), link, "someone-elses-choice-99");

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains((await again.ParseAsync()).ErrorMessages(), e => e.StartsWith(LinkRefused, StringComparison.Ordinal));
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowser().SignInAsync(organizer.Email, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task A_weak_new_password_re_renders_the_form_with_the_reason()
    {
        var organizer = await app.Seed.OrganizerAsync();
        await RequestResetAsync(app.CreateBrowser(), organizer.Email);
        var browser = app.CreateBrowser();

        var weak = await ResetAsync(browser, await ResetLinkToAsync(organizer.Email), "short1");

        Assert.Equal(HttpStatusCode.BadRequest, weak.StatusCode);
        var page = await weak.ParseAsync();
        Assert.Contains(page.ErrorMessages(), e => e.Contains("at least 10 characters"));
        var retried = await browser.SubmitAsync(page, "/account/reset",
            new Dictionary<string, string> { ["NewPassword"] = NewPassword, ["ConfirmPassword"] = NewPassword });
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowser().SignInAsync(organizer.Email, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task Passwords_that_differ_re_render_the_form_with_the_reason()
    {
        var organizer = await app.Seed.OrganizerAsync();
        await RequestResetAsync(app.CreateBrowser(), organizer.Email);

        var mismatch = await ResetAsync(app.CreateBrowser(), await ResetLinkToAsync(organizer.Email), NewPassword, confirmPassword: NewPassword + "x");

        Assert.Equal(HttpStatusCode.BadRequest, mismatch.StatusCode);
        Assert.Contains("The two passwords do not match.", (await mismatch.ParseAsync()).ErrorMessages());
        Assert.Equal(HttpStatusCode.Redirect, (await app.CreateBrowser().SignInAsync(organizer.Email, organizer.Password)).StatusCode);
    }

    [Fact]
    public async Task A_locked_out_account_can_sign_in_after_resetting_its_password()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var browser = app.CreateBrowser();
        for (var i = 0; i < 5; i++)
        {
            await browser.SignInAsync(organizer.Email, $"wrong-password-{i}");
        }
        Assert.Equal(HttpStatusCode.BadRequest, (await browser.SignInAsync(organizer.Email, organizer.Password)).StatusCode);

        await RequestResetAsync(browser, organizer.Email);
        await ResetAsync(browser, await ResetLinkToAsync(organizer.Email), NewPassword);

        Assert.Equal(HttpStatusCode.Redirect, (await browser.SignInAsync(organizer.Email, NewPassword)).StatusCode);
    }

    [Fact]
    public async Task Asking_again_within_ten_minutes_sends_no_second_email()
    {
        var organizer = await app.Seed.OrganizerAsync();

        await RequestResetAsync(app.CreateBrowser(), organizer.Email);
        await RequestResetAsync(app.CreateBrowser(), organizer.Email);
        await app.DrainOutboxAsync();
        Assert.Single(app.Mailbox.MessagesTo(organizer.Email));

        app.Clock.Advance(TimeSpan.FromMinutes(10));
        await RequestResetAsync(app.CreateBrowser(), organizer.Email);
        await app.DrainOutboxAsync();
        Assert.Equal(2, app.Mailbox.MessagesTo(organizer.Email).Count);
    }

    [Fact]
    public async Task A_link_cut_short_asks_for_a_new_one_instead_of_showing_the_form()
    {
        var page = await app.CreateBrowser().GetPageAsync("/account/reset?userId=abc");

        Assert.Contains("This reset link is incomplete", page.Text());
        Assert.DoesNotContain(page.Forms, f => f.GetAttribute("action") == "/account/reset");
    }

    private static async Task<HttpResponseMessage> RequestResetAsync(HttpClient browser, string email) =>
        await browser.SubmitAsync(await browser.GetPageAsync("/account/forgot"), "/account/forgot",
            new Dictionary<string, string> { ["Email"] = email });

    private async Task<Uri> ResetLinkToAsync(string email)
    {
        await app.DrainOutboxAsync();
        var message = app.Mailbox.MessagesTo(email).Last();
        return message.Links.FirstOrDefault(l => l.AbsolutePath == "/account/reset")
            ?? throw new InvalidOperationException($"No /account/reset link in '{message.Subject}':\n{message.TextBody}");
    }

    private static async Task<HttpResponseMessage> ResetAsync(HttpClient browser, Uri link, string password, string? confirmPassword = null) =>
        await browser.SubmitAsync(await browser.GetPageAsync(link.PathAndQuery), "/account/reset",
            new Dictionary<string, string> { ["NewPassword"] = password, ["ConfirmPassword"] = confirmPassword ?? password });

    // Changes one character in the middle of the code, keeping it valid base64url.
    private static Uri Tampered(Uri link)
    {
        var query = link.Query;
        var at = query.IndexOf("code=", StringComparison.Ordinal) + "code=".Length + 20;
        var swapped = query[at] == 'A' ? 'B' : 'A';
        return new Uri(link, link.AbsolutePath + query[..at] + swapped + query[(at + 1)..]);
    }
}
