using System.Net;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.Security;

public class TwoFactorSignInTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task The_set_up_page_shows_the_key_in_groups_and_a_QR_code_drawn_on_the_server()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var browser = app.CreateBrowser();
        await browser.SignInAsync(organizer.Email, organizer.Password);

        var page = await browser.GetPageAsync("/account/security/authenticator");

        Assert.Matches(@"^([a-z2-7]{4} )+[a-z2-7]{1,4}$", page.QuerySelector(".authenticator-key")!.TextContent);
        Assert.StartsWith("data:image/svg+xml;base64,", page.QuerySelector("img.authenticator-qr")!.GetAttribute("src"));
    }

    [Fact]
    public async Task After_the_password_an_account_with_two_step_verification_is_asked_for_the_code()
    {
        var (organizer, _, enrolment) = await app.EnrolledOrganizerAsync();
        Assert.Equal(10, enrolment.RecoveryCodes.Count);
        var browser = app.CreateBrowser();

        var password = await browser.SignInAsync(organizer.Email, organizer.Password);
        Assert.StartsWith("/account/login/code", password.Headers.Location!.OriginalString);
        Assert.False(await browser.IsSignedInAsync());

        var code = await browser.SubmitCodeAsync(password.Headers.Location.OriginalString, Totp.Code(enrolment.Key));
        Assert.Equal("/organizer", code.Headers.Location?.OriginalString);
        Assert.True(await browser.IsSignedInAsync());
    }

    [Fact]
    public async Task A_wrong_code_is_refused_with_a_clear_message()
    {
        var (organizer, _, enrolment) = await app.EnrolledOrganizerAsync();
        var browser = app.CreateBrowser();
        await browser.SignInAsync(organizer.Email, organizer.Password);

        var refused = await browser.SubmitCodeAsync("/account/login/code", Totp.WrongCode(enrolment.Key));

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("That code is not right.", (await refused.ParseAsync()).ErrorMessages().Single());
        Assert.False(await browser.IsSignedInAsync());
    }

    [Fact]
    public async Task A_recovery_code_signs_in_once_only()
    {
        var (organizer, _, enrolment) = await app.EnrolledOrganizerAsync();
        var first = app.CreateBrowser();
        await first.SignInAsync(organizer.Email, organizer.Password);
        var used = await first.SubmitCodeAsync("/account/login/recovery", enrolment.RecoveryCodes[0]);
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.True(await first.IsSignedInAsync());

        var second = app.CreateBrowser();
        await second.SignInAsync(organizer.Email, organizer.Password);
        var again = await second.SubmitCodeAsync("/account/login/recovery", enrolment.RecoveryCodes[0]);

        Assert.Equal(HttpStatusCode.BadRequest, again.StatusCode);
        Assert.Contains("it has been used already", (await again.ParseAsync()).Text());
        Assert.False(await second.IsSignedInAsync());
    }

    [Fact]
    public async Task Five_wrong_codes_pause_sign_in_even_with_the_right_code()
    {
        var (organizer, _, enrolment) = await app.EnrolledOrganizerAsync();
        var browser = app.CreateBrowser();
        await browser.SignInAsync(organizer.Email, organizer.Password);
        for (var i = 0; i < 5; i++)
        {
            await browser.SubmitCodeAsync("/account/login/code", Totp.WrongCode(enrolment.Key));
        }

        var right = await browser.SubmitCodeAsync("/account/login/code", Totp.Code(enrolment.Key));

        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.Contains("paused for 15 minutes", (await right.ParseAsync()).Text());
        Assert.False(await browser.IsSignedInAsync());
    }
}
