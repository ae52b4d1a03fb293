using Campaigns.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Campaigns.Tests.Browser;

public class TranslationInBrowserTests(KestrelAppFactory app) : IClassFixture<KestrelAppFactory>
{
    [BrowserFact]
    public async Task Organizer_translates_a_campaign_on_a_phone_without_JavaScript_and_a_reader_of_Chinese_sees_it()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var petition = await app.Seed.PetitionAsync(owner: organizer);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(SignAndConfirmInBrowserTests.LaunchOptions());
        var page = await browser.NewPageAsync(new()
        {
            BaseURL = app.ServerAddress.ToString(), JavaScriptEnabled = false, ViewportSize = new() { Width = 390, Height = 844 },
        });

        await page.GotoAsync($"/account/login?returnUrl=/organizer/campaigns/{petition.Slug}");
        await page.GetByLabel("Email address").FillAsync(organizer.Email);
        await page.GetByLabel("Password").FillAsync(organizer.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Translations", Exact = true }).ClickAsync();
        await page.Locator("#translation-zh-Hans").GetByRole(AriaRole.Link, new() { Name = "Add a translation" }).ClickAsync();
        await page.GetByLabel("Title").FillAsync("释放和平写作者");
        await page.GetByLabel("Summary").FillAsync("请呼吁释放他们。");
        await page.GetByLabel("Full text").FillAsync("他们因和平写作而入狱。");
        var saveButton = page.GetByRole(AriaRole.Button, new() { Name = "Save the translation" });
        var box = await saveButton.BoundingBoxAsync();
        await saveButton.ClickAsync();
        await Expect(page.Locator("#translation-zh-Hans").GetByRole(AriaRole.Link, new() { Name = "Edit the translation" })).ToBeVisibleAsync();

        await page.GotoAsync($"/campaigns/{petition.Slug}?lang=zh-Hans");
        await Expect(page.Locator("h1[lang=zh-Hans]")).ToHaveTextAsync("释放和平写作者");
        Assert.True(box!.X + box.Width <= 390, $"The save button reaches {box.X + box.Width}px on a 390px screen.");
    }
}
