using System.Text.RegularExpressions;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Security;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Campaigns.Tests.Browser;

/// <summary>Two-step verification on a phone with JavaScript off: codes are computed from the key the page shows.</summary>
public class TwoFactorInBrowserTests(KestrelAppFactory app) : IClassFixture<KestrelAppFactory>
{
    private static readonly Regex OrganizerHome = new("/organizer$");

    [BrowserFact]
    public async Task Organizer_sets_up_an_authenticator_then_signs_in_with_a_code_and_with_a_recovery_code_once()
    {
        var organizer = await app.Seed.OrganizerAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(SignAndConfirmInBrowserTests.LaunchOptions());
        var page = await PhoneAsync(browser);
        await SignInAsync(page, organizer);
        await Expect(page).ToHaveURLAsync(OrganizerHome);

        await page.GotoAsync("/account/security");
        await page.GetByRole(AriaRole.Link, new() { Name = "Set up an authenticator app" }).ClickAsync();
        var key = await page.Locator(".authenticator-key").InnerTextAsync();
        await page.GetByLabel("Code from the app").FillAsync(Totp.Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-step verification" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Your recovery codes" })).ToBeVisibleAsync();
        var codes = await page.Locator(".recovery-codes code").AllInnerTextsAsync();
        Assert.Equal(10, codes.Count);
        await SignOutAsync(page);

        await SignInAsync(page, organizer);
        await page.GetByLabel("Code from the app").FillAsync(Totp.Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Expect(page).ToHaveURLAsync(OrganizerHome);
        await SignOutAsync(page);

        await SignInWithRecoveryCodeAsync(page, organizer, codes[0]);
        await Expect(page).ToHaveURLAsync(OrganizerHome);
        await SignOutAsync(page);

        await SignInWithRecoveryCodeAsync(page, organizer, codes[0]);
        await Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("it has been used already");
    }

    [BrowserFact]
    public async Task A_member_of_an_organisation_requiring_it_and_an_admin_are_sent_to_set_it_up_first()
    {
        var member = await app.Seed.OrganizerAsync();
        await app.WithDbAsync(async db =>
        {
            (await db.Organisations.FindAsync(member.OrganisationId))!.RequireTwoFactor = true;
            return await db.SaveChangesAsync();
        });
        var admin = await app.Seed.OrganizerAsync();
        await app.MakeAdminAsync(admin);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(SignAndConfirmInBrowserTests.LaunchOptions());

        var memberPage = await PhoneAsync(browser);
        await SignInAsync(memberPage, member);
        await Expect(memberPage.GetByText("Your organisation requires two-step verification.")).ToBeVisibleAsync();
        var key = await memberPage.Locator(".authenticator-key").InnerTextAsync();
        await memberPage.GetByLabel("Code from the app").FillAsync(Totp.Code(key));
        await memberPage.GetByRole(AriaRole.Button, new() { Name = "Turn on two-step verification" }).ClickAsync();
        await memberPage.GetByRole(AriaRole.Link, new() { Name = "I have saved my codes" }).ClickAsync();
        await Expect(memberPage).ToHaveURLAsync(OrganizerHome);

        var adminPage = await PhoneAsync(browser);
        await SignInAsync(adminPage, admin);
        await Expect(adminPage.GetByText("Administrators must use two-step verification.")).ToBeVisibleAsync();
        Assert.Contains("/account/security/authenticator", adminPage.Url);
    }

    private async Task<IPage> PhoneAsync(IBrowser browser)
    {
        var context = await browser.NewContextAsync(new()
        {
            BaseURL = app.ServerAddress.ToString(), JavaScriptEnabled = false, ViewportSize = new() { Width = 390, Height = 844 },
        });
        return await context.NewPageAsync();
    }

    private static async Task SignInAsync(IPage page, Infrastructure.Organizer organizer)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email address").FillAsync(organizer.Email);
        await page.GetByLabel("Password").FillAsync(organizer.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    private static async Task SignInWithRecoveryCodeAsync(IPage page, Infrastructure.Organizer organizer, string code)
    {
        await SignInAsync(page, organizer);
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign in with a recovery code" }).ClickAsync();
        await page.GetByLabel("Recovery code").FillAsync(code);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
    }

    private static Task SignOutAsync(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Sign out" }).ClickAsync();
}
