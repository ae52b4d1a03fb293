using Campaigns.Tests.Infrastructure;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Campaigns.Tests.Browser;

public class CampaignPageInBrowserTests(KestrelAppFactory app) : IClassFixture<KestrelAppFactory>
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [BrowserFact]
    public async Task Phone_shows_the_count_the_progress_and_the_way_to_sign_on_the_first_screen()
    {
        var petition = await app.Seed.PetitionAsync(c => c.Deadline = app.Clock.UtcNow.AddDays(20));
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(SignAndConfirmInBrowserTests.LaunchOptions());
        var page = await NewPageAsync(browser, Phone);

        await page.GotoAsync($"/campaigns/{petition.Slug}");

        foreach (var shown in new[] { page.Locator("#progress [data-count]"), page.Locator("#progress progress"), page.GetByRole(AriaRole.Link, new() { Name = "Sign now" }) })
        {
            var box = await shown.BoundingBoxAsync();
            Assert.True(box is not null && box.Y + box.Height <= Phone.Height, $"{shown} ends at {box?.Y + box?.Height}px");
        }
        await page.GetByRole(AriaRole.Link, new() { Name = "Sign now" }).ClickAsync();
        await Expect(page.GetByLabel("Your name")).ToBeInViewportAsync();
    }

    [BrowserFact]
    public async Task Desktop_shows_the_sign_form_beside_the_text_within_one_scroll()
    {
        var petition = await app.Seed.PetitionAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(SignAndConfirmInBrowserTests.LaunchOptions());
        var page = await NewPageAsync(browser, new ViewportSize { Width = 1280, Height = 800 });

        await page.GotoAsync($"/campaigns/{petition.Slug}");

        var form = (await page.Locator("form[action*='/sign']").BoundingBoxAsync())!;
        var text = (await page.Locator(".campaign-text").BoundingBoxAsync())!;
        Assert.True(form.Y < 800 && form.Y + form.Height <= 1600, $"the form spans {form.Y}px to {form.Y + form.Height}px");
        Assert.True(form.X > text.X + text.Width, "the form is beside the text");
    }

    [BrowserFact]
    public async Task A_mistake_brings_the_phone_to_the_focused_error_summary_with_what_was_typed_and_fixing_it_signs()
    {
        var petition = await app.Seed.PetitionAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(SignAndConfirmInBrowserTests.LaunchOptions());
        var page = await NewPageAsync(browser, Phone);
        await page.GotoAsync($"/campaigns/{petition.Slug}");

        await FillSignFormAsync(page, "not-an-email");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign", Exact = true }).ClickAsync();

        var summary = page.Locator("#sign-errors");
        await Expect(summary).ToBeFocusedAsync();
        await Expect(summary).ToBeInViewportAsync();
        await Expect(page.GetByLabel("Your name")).ToHaveValueAsync("Ada Lovelace");
        await summary.GetByRole(AriaRole.Link).First.ClickAsync();
        await Expect(page.GetByLabel("Email address")).ToBeInViewportAsync();
        await page.GetByLabel("Email address").FillAsync(Emails.Unique("phone"));
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign", Exact = true }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your inbox" })).ToBeVisibleAsync();
        await Expect(page.Locator(".share-links a")).ToHaveCountAsync(7);
    }

    [BrowserFact]
    public async Task Nothing_is_requested_from_another_site_until_a_share_link_is_clicked()
    {
        var petition = await app.Seed.PetitionAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(SignAndConfirmInBrowserTests.LaunchOptions());
        var context = await browser.NewContextAsync(new() { BaseURL = app.ServerAddress.ToString(), ViewportSize = Phone });
        var requested = new List<string>();
        context.Request += (_, request) => requested.Add(request.Url);
        await context.RouteAsync("https://wa.me/**", route => route.FulfillAsync(new() { Body = "WhatsApp" }));
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/campaigns/{petition.Slug}", new() { WaitUntil = WaitUntilState.NetworkIdle });

        Assert.All(requested, url => Assert.StartsWith(app.ServerAddress.GetLeftPart(UriPartial.Authority), url));
        var whatsApp = await page.RunAndWaitForPopupAsync(() => page.GetByRole(AriaRole.Link, new() { Name = "WhatsApp" }).ClickAsync());
        await whatsApp.WaitForLoadStateAsync();
        Assert.Contains(requested, url => url.StartsWith("https://wa.me/?text=", StringComparison.Ordinal));
    }

    [BrowserFact]
    public async Task Copy_button_puts_the_campaign_address_on_the_clipboard()
    {
        var petition = await app.Seed.PetitionAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(SignAndConfirmInBrowserTests.LaunchOptions());
        var context = await browser.NewContextAsync(new()
        {
            BaseURL = app.ServerAddress.ToString(), ViewportSize = Phone, Permissions = ["clipboard-read", "clipboard-write"],
        });
        var page = await context.NewPageAsync();
        await page.GotoAsync($"/campaigns/{petition.Slug}");

        await page.GetByRole(AriaRole.Button, new() { Name = "Copy" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Copied" })).ToBeVisibleAsync();
        Assert.Equal($"{app.PublicBaseUrl}/campaigns/{petition.Slug}?lang=en", await page.EvaluateAsync<string>("navigator.clipboard.readText()"));
    }

    [BrowserFact]
    public async Task Without_javascript_the_address_to_copy_the_share_links_and_the_error_summary_still_work()
    {
        var petition = await app.Seed.PetitionAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(SignAndConfirmInBrowserTests.LaunchOptions());
        var context = await browser.NewContextAsync(new() { BaseURL = app.ServerAddress.ToString(), ViewportSize = Phone, JavaScriptEnabled = false });
        var page = await context.NewPageAsync();

        await page.GotoAsync($"/campaigns/{petition.Slug}");

        await Expect(page.GetByLabel("Link to this campaign (to paste into Signal or any other app)")).ToHaveValueAsync($"{app.PublicBaseUrl}/campaigns/{petition.Slug}?lang=en");
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "Copy" })).ToBeHiddenAsync();
        await Expect(page.GetByRole(AriaRole.Link, new() { Name = "Telegram" })).ToHaveAttributeAsync("href", new System.Text.RegularExpressions.Regex("^https://t\\.me/share/url\\?url="));
        await FillSignFormAsync(page, "not-an-email");
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign", Exact = true }).ClickAsync();
        Assert.EndsWith("#sign-errors", page.Url);
        await Expect(page.Locator("#sign-errors")).ToBeInViewportAsync();
        await Expect(page.GetByLabel("Email address")).ToHaveValueAsync("not-an-email");
    }

    private static async Task FillSignFormAsync(IPage page, string email)
    {
        await page.GetByLabel("Your name").FillAsync("Ada Lovelace");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Country").SelectOptionAsync(new SelectOptionValue { Label = "United Kingdom" });
    }

    private async Task<IPage> NewPageAsync(IBrowser browser, ViewportSize viewport) =>
        await browser.NewPageAsync(new() { BaseURL = app.ServerAddress.ToString(), ViewportSize = viewport });
}
