using Campaigns.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Campaigns.Tests.Browser;

public class SignAndConfirmInBrowserTests(KestrelAppFactory app) : IClassFixture<KestrelAppFactory>
{
    [BrowserFact]
    public async Task Supporter_signs_confirms_from_the_email_and_sees_the_count_in_Chromium()
    {
        var petition = await app.Seed.PetitionAsync();
        var email = Emails.Unique("browser");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(LaunchOptions());
        var page = await browser.NewPageAsync(new() { BaseURL = app.ServerAddress.ToString() });

        await page.GotoAsync($"/campaigns/{petition.Slug}");
        await page.GetByLabel("Your name").FillAsync("Ada Lovelace");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Country").SelectOptionAsync(new SelectOptionValue { Label = "United Kingdom" });
        await page.GetByLabel("Yes, in full").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your inbox" })).ToBeVisibleAsync();

        await app.DrainOutboxAsync();
        var message = await app.Mailbox.WaitForMessageToAsync(email);
        await page.GotoAsync(message.ConfirmationLink.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm my signature" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thank you, your signature is confirmed" })).ToBeVisibleAsync();

        await app.CountSignaturesAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Back to the campaign" }).ClickAsync();
        await Expect(page.Locator("#progress [data-count]")).ToHaveTextAsync("1");
        await Expect(page.GetByText("Ada Lovelace")).ToBeVisibleAsync();
    }

    internal static BrowserTypeLaunchOptions LaunchOptions() => new()
    {
        ExecutablePath = TestEnvironment.RequireChromium(),
        Headless = true,
        Args =
        [
            "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync",
        ],
    };
}
