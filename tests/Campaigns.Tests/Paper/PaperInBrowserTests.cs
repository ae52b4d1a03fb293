using Campaigns.Tests.Browser;
using Campaigns.Tests.Infrastructure;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Campaigns.Tests.Paper;

public class PaperInBrowserTests(KestrelAppFactory app) : IClassFixture<KestrelAppFactory>
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [BrowserFact]
    public async Task On_a_phone_without_JavaScript_an_organizer_records_a_paper_batch_supporters_see_it_counted_and_removing_it_uncounts_it()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var petition = await app.Seed.PetitionAsync(owner: organizer);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(SignAndConfirmInBrowserTests.LaunchOptions());
        await using var context = await browser.NewContextAsync(new() { BaseURL = app.ServerAddress.ToString(), JavaScriptEnabled = false, ViewportSize = Phone });
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/account/login?returnUrl=/organizer/campaigns/{petition.Slug}");
        await page.GetByLabel("Email address").FillAsync(organizer.Email);
        await page.GetByLabel("Password").FillAsync(organizer.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Signatures on paper" }).ClickAsync();
        await page.GetByLabel("Number of signatures").FillAsync("25");
        await page.GetByLabel("Day the sheets were signed").FillAsync(DateOnly.FromDateTime(app.Clock.UtcNow).ToString("yyyy-MM-dd"));
        await page.GetByLabel("Place", new() { Exact = true }).FillAsync("Vigil outside the UN, Geneva");
        var record = page.GetByRole(AriaRole.Button, new() { Name = "Record the batch" });
        var box = await record.BoundingBoxAsync();
        await record.ClickAsync();

        await Expect(page.Locator("#on-paper")).ToHaveTextAsync("On paper: 25");
        await Expect(page.Locator("#paper-batches")).ToContainTextAsync("Vigil outside the UN, Geneva");
        Assert.True(box!.X + box.Width <= Phone.Width, $"The record button reaches {box.X + box.Width}px on a 390px screen.");
        await app.CountSignaturesAsync();
        var visitor = await context.NewPageAsync();
        await visitor.GotoAsync($"/campaigns/{petition.Slug}");
        await Expect(visitor.Locator("#support")).ToContainTextAsync("of which 25 on paper");

        await AssertNoAccessibilityViolationAsync(browser, await context.StorageStateAsync(),
            $"/organizer/campaigns/{petition.Slug}/paper", $"/campaigns/{petition.Slug}/sheet", $"/campaigns/{petition.Slug}/sheet?lang=zh-Hant");

        await page.GetByRole(AriaRole.Button, new() { Name = "Remove this batch" }).ClickAsync();
        await Expect(page.Locator("#on-paper")).ToHaveTextAsync("On paper: 0");
        await app.CountSignaturesAsync();
        await visitor.ReloadAsync();
        await Expect(visitor.Locator("#support")).Not.ToContainTextAsync("on paper");
        await Expect(visitor.Locator("#support")).ToContainTextAsync("0 people have signed");
    }

    private async Task AssertNoAccessibilityViolationAsync(IBrowser browser, string signedIn, params string[] paths)
    {
        await using var context = await browser.NewContextAsync(new() { BaseURL = app.ServerAddress.ToString(), ViewportSize = Phone, StorageState = signedIn });
        var page = await context.NewPageAsync();
        foreach (var path in paths)
        {
            await page.GotoAsync(path);
            var violations = (await page.RunAxe()).Violations;
            Assert.True(violations.Length == 0, $"{path}: " + string.Join("; ", violations.Select(v => $"{v.Id}: {v.Help} ({string.Join(" ", v.Nodes.Select(n => string.Join(" ", n.Target)))})")));
        }
    }
}
