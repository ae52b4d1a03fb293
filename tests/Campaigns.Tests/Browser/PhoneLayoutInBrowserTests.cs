using Campaigns.Tests.Deliveries;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Campaigns.Tests.Browser;

/// <summary>Organizer pages on a 390 px phone: wide tables fold into cards, so nothing scrolls sideways.</summary>
public class PhoneLayoutInBrowserTests(KestrelAppFactory app) : IClassFixture<KestrelAppFactory>
{
    [BrowserFact]
    public async Task Dashboard_manage_page_and_delivery_ledger_fit_a_390_pixel_phone()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var letter = await app.LetterCampaignAsync(CampaignKind.SignOnLetter, t =>
        {
            if (t.Name.EndsWith('2'))
            {
                (t.Mode, t.Channel) = (DeliveryMode.OnRelease, DeliveryChannel.Post);
            }
        }, owner: organizer, targets: 2);
        await app.SignersAsync(letter.Slug, 2);
        await app.RunDeliveriesAsync();
        var api = await app.Seed.ClientForAsync(organizer);
        (await api.PostAsync($"/api/organizer/campaigns/{letter.Slug}/release", null)).EnsureSuccessStatusCode();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(SignAndConfirmInBrowserTests.LaunchOptions());
        var page = await browser.NewPageAsync(new() { BaseURL = app.ServerAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 } });

        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email address").FillAsync(organizer.Email);
        await page.GetByLabel("Password").FillAsync(organizer.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "My campaigns" })).ToBeVisibleAsync();

        foreach (var path in new[] { "/organizer", $"/organizer/campaigns/{letter.Slug}", $"/organizer/campaigns/{letter.Slug}/deliveries" })
        {
            await page.GotoAsync(path);
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(width <= 390, $"{path} is {width} px wide");
        }
        await Expect(page.Locator(".ledger-summary")).Not.ToContainTextAsync("onrelease");
        await Expect(page.Locator(".ledger-summary")).ToContainTextAsync("On release");
    }

    [BrowserFact]
    public async Task Api_reference_loads_everything_from_the_site_itself()
    {
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(SignAndConfirmInBrowserTests.LaunchOptions());
        var page = await browser.NewPageAsync(new() { BaseURL = app.ServerAddress.ToString() });
        var requests = new List<string>();
        var refused = new List<string>();
        page.Context.Request += (_, request) => requests.Add(request.Url);
        page.Console += (_, message) => { if (message.Text.Contains("Refused")) refused.Add(message.Text); };

        await page.GotoAsync("/api/docs", new() { WaitUntil = WaitUntilState.NetworkIdle });
        // The viewer is a large script: on a busy machine it takes a while to draw the document.
        await Expect(page.GetByText("/api/campaigns/{slug}/counts").First).ToBeAttachedAsync(new() { Timeout = 60_000 });

        var origin = app.ServerAddress.GetLeftPart(UriPartial.Authority);
        var elsewhere = requests.Where(url => !url.StartsWith(origin) && !url.StartsWith("data:") && !url.StartsWith("blob:")).ToList();
        Assert.True(elsewhere.Count == 0, string.Join("\n", elsewhere));
        Assert.True(refused.Count == 0, string.Join("\n", refused));
        Assert.Contains(requests, url => url.EndsWith("/api/openapi.json"));
    }
}
