using Campaigns.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Campaigns.Tests.Browser;

public class TrackingLiveInBrowserTests(KestrelAppFactory app) : IClassFixture<KestrelAppFactory>
{
    [BrowserFact]
    public async Task Tracking_page_shows_a_new_confirmation_without_reloading()
    {
        var petition = await app.Seed.PetitionAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(SignAndConfirmInBrowserTests.LaunchOptions());
        var page = await browser.NewPageAsync(new() { BaseURL = app.ServerAddress.ToString() });
        var scriptErrors = new List<string>();
        page.PageError += (_, error) => scriptErrors.Add(error);
        page.Console += (_, message) => { if (message.Text.StartsWith("Refused")) scriptErrors.Add(message.Text); };

        await page.GotoAsync($"/campaigns/{petition.Slug}/tracking");
        await Expect(page.Locator("[data-live=signatures]")).ToHaveTextAsync("0");
        await Expect(page.Locator("[data-live-status]")).ToHaveTextAsync("These figures update by themselves.");
        await page.EvaluateAsync("() => { window.sameDocument = true; }");

        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(Emails.Unique("live")));
        await app.CountSignaturesAsync();

        await Expect(page.Locator("[data-live=signatures]")).ToHaveTextAsync("1");
        await Expect(page.Locator("[data-live=total]")).ToHaveTextAsync("1");
        Assert.True(await page.EvaluateAsync<bool>("() => window.sameDocument === true"));
        Assert.True(scriptErrors.Count == 0, string.Join("\n", scriptErrors));
    }
}
