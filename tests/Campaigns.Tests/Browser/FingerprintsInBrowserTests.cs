using Campaigns.Tests.Fingerprints;
using Campaigns.Tests.Infrastructure;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Campaigns.Tests.Browser;

public sealed class FingerprintsInBrowserTests(KestrelAppFactory app) : IClassFixture<KestrelAppFactory>
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [BrowserFact]
    public async Task On_a_phone_without_javascript_an_uploaded_export_is_verified_from_the_fingerprints_page()
    {
        var owner = await app.Seed.OrganizerAsync();
        var petition = await app.Seed.PetitionAsync(owner: owner);
        await app.ConfirmedSignaturesAsync(petition.Slug, 2);
        app.NextDay();
        await app.FingerprintAsync();
        var export = Path.Combine(Path.GetTempPath(), $"{petition.Slug}-signatures.csv");
        await File.WriteAllTextAsync(export, await (await app.Seed.ClientForAsync(owner)).ExportAsync(petition.Slug));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(SignAndConfirmInBrowserTests.LaunchOptions());
        var page = await (await browser.NewContextAsync(new() { BaseURL = app.ServerAddress.ToString(), ViewportSize = Phone, JavaScriptEnabled = false })).NewPageAsync();

        await page.GotoAsync($"/campaigns/{petition.Slug}/fingerprints");
        await page.GetByRole(AriaRole.Link, new() { Name = "Check an export" }).ClickAsync();
        await Expect(page.GetByLabel("Campaign (its address or short name)")).ToHaveValueAsync(petition.Slug);
        await page.GetByLabel("Export file (CSV)").SetInputFilesAsync(export);
        await page.GetByRole(AriaRole.Button, new() { Name = "Check" }).ClickAsync();

        await Expect(page.Locator(".verdict")).ToContainTextAsync("The export matches every fingerprint");
        await Expect(page.Locator("#verified-days tr.day-ok")).ToHaveCountAsync(1);
        File.Delete(export);
        var scanned = await (await browser.NewContextAsync(new() { BaseURL = app.ServerAddress.ToString(), ViewportSize = Phone })).NewPageAsync();
        foreach (var path in new[] { $"/campaigns/{petition.Slug}/fingerprints", $"/verify?campaign={petition.Slug}" })
        {
            await scanned.GotoAsync(path);
            var violations = (await scanned.RunAxe()).Violations;
            Assert.True(violations.Length == 0, path + ": " + string.Join(", ", violations.Select(v => v.Id)));
            Assert.True(await scanned.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 390"), $"{path} scrolls sideways on a phone");
        }
    }
}
