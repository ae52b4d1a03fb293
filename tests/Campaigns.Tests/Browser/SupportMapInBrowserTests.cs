using System.Text;
using System.Text.RegularExpressions;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Tracking;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Campaigns.Tests.Browser;

public class SupportMapInBrowserTests(KestrelAppFactory app) : IClassFixture<KestrelAppFactory>
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [BrowserFact]
    public async Task Without_javascript_the_phone_shows_the_shaded_map_its_legend_and_the_table_and_nothing_comes_from_elsewhere()
    {
        var petition = await app.Seed.PetitionAsync();
        await app.SignersAsync(petition, [.. Enumerable.Repeat(new Signer("AU"), 120), new Signer("CL")]);
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(SignAndConfirmInBrowserTests.LaunchOptions());
        var context = await browser.NewContextAsync(new() { BaseURL = app.ServerAddress.ToString(), ViewportSize = Phone, JavaScriptEnabled = false });
        var requested = new List<string>();
        context.Request += (_, request) => requested.Add(request.Url);
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/campaigns/{petition.Slug}/tracking");

        var map = page.GetByRole(AriaRole.Img, new() { Name = "Signatures by country" });
        await map.ScrollIntoViewIfNeededAsync();
        await Expect(map).ToBeVisibleAsync();
        var box = (await map.BoundingBoxAsync())!;
        Assert.True(box.X >= 0 && box.X + box.Width <= Phone.Width, $"the map spans {box.X}px to {box.X + box.Width}px");
        Assert.True(box.Height > 100, $"the map is {box.Height}px high");
        await Expect(page.Locator("path[data-country=AU]")).ToHaveCSSAsync("fill", "rgb(44, 111, 166)");
        await Expect(page.Locator("path[data-country=CL]")).ToHaveCSSAsync("fill", "rgb(169, 204, 227)");
        await Expect(page.Locator(".map-legend")).ToContainTextAsync("100 to 999");
        await Expect(page.Locator("#countries-table tbody tr").First).ToHaveTextAsync(new Regex("Australia\\s*120"));
        Assert.All(requested, url => Assert.StartsWith(app.ServerAddress.ToString(), url));
    }

    [BrowserFact]
    public async Task Tracking_page_with_the_map_and_the_poster_pass_axe()
    {
        var petition = await app.Seed.PetitionAsync();
        var person = await app.CaseAsync("Wang Bingzhang", petition);
        await app.SignersAsync(petition, new Signer("GB"), new Signer("SG"), new Signer("TW"));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(SignAndConfirmInBrowserTests.LaunchOptions());
        var page = await browser.NewPageAsync(new() { BaseURL = app.ServerAddress.ToString(), ViewportSize = Phone });

        foreach (var path in new[] { $"/campaigns/{petition.Slug}/tracking", $"/cases/{person.Slug}/tracking", $"/campaigns/{petition.Slug}/poster" })
        {
            foreach (var language in new[] { "en", "zh-Hans", "zh-Hant" })
            {
                await page.GotoAsync($"{path}?lang={language}");
                var violations = (await page.RunAxe()).Violations;
                Assert.True(violations.Length == 0, $"{path} in {language}: " + string.Join("; ", violations.Select(v => $"{v.Id}: {string.Join(" ", v.Nodes.Select(n => n.Target))}")));
            }
        }
    }

    [BrowserFact]
    public async Task Poster_prints_on_a_single_page_of_A4_and_of_Letter_without_the_site_s_menus()
    {
        var petition = await app.Seed.PetitionAsync(c => c.Title = "Free Huang Xueqin and Wang Jianbing, detained since September 2021 for their peaceful work");
        await app.CaseAsync("Huang Xueqin", petition);
        await app.CaseAsync("Wang Jianbing", petition);
        await app.SignersAsync(petition, new Signer(), new Signer());
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(SignAndConfirmInBrowserTests.LaunchOptions());
        var context = await browser.NewContextAsync(new() { BaseURL = app.ServerAddress.ToString(), JavaScriptEnabled = false });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/campaigns/{petition.Slug}/poster");

        foreach (var format in new[] { "A4", "Letter" })
        {
            var pdf = await page.PdfAsync(new() { Format = format, PrintBackground = true });
            Assert.Single(Regex.Matches(Encoding.Latin1.GetString(pdf), @"/Type\s*/Page\b"));
        }
        await page.EmulateMediaAsync(new() { Media = Media.Print });
        await Expect(page.Locator(".site-header")).ToBeHiddenAsync();
        await Expect(page.Locator(".poster-help")).ToBeHiddenAsync();
        await Expect(page.Locator(".poster-qr svg")).ToBeVisibleAsync();
        await Expect(page.Locator(".poster-initials")).ToHaveTextAsync(["HX", "WJ"]);
    }
}
