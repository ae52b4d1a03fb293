using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Solidarity;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Campaigns.Tests.Browser;

public class SolidarityInBrowserTests(KestrelAppFactory app) : IClassFixture<KestrelAppFactory>
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [BrowserFact]
    public async Task A_message_written_on_a_phone_without_javascript_is_approved_and_printed_on_a_page_of_its_own_in_Chromium()
    {
        var address = app.ServerAddress.ToString();
        var (person, owner, api) = await app.OwnedCaseAsync("Gao Zhen");
        var earlier = Emails.Unique("earlier-writer");
        await api.ReviewAsync(person.Slug, await app.WriteAndConfirmAsync(person.Slug, SolidaritySteps.Message(earlier, "Hold on."), earlier), "approve");
        var email = Emails.Unique("browser-writer");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(SignAndConfirmInBrowserTests.LaunchOptions());
        await using var writerContext = await browser.NewContextAsync(new() { BaseURL = address, ViewportSize = Phone, JavaScriptEnabled = false });
        var writer = await writerContext.NewPageAsync();

        await writer.GotoAsync($"/cases/{person.Slug}");
        await writer.Locator("#messages").GetByRole(AriaRole.Link, new() { Name = "Write a message" }).ClickAsync();
        await writer.GetByLabel("The family").CheckAsync();
        await writer.GetByLabel("Your message").FillAsync("Your paintings hang in our hall.\nWe are waiting for you.");
        await writer.GetByLabel("First name (shown only if you chose it)").FillAsync("Lena");
        await writer.GetByLabel("Country", new() { Exact = true }).SelectOptionAsync(new SelectOptionValue { Label = "Germany" });
        await writer.GetByLabel("Email address").FillAsync(email);
        await writer.GetByRole(AriaRole.Button, new() { Name = "Send my message" }).ClickAsync();
        await Expect(writer.GetByRole(AriaRole.Heading, new() { Name = "Check your inbox" })).ToBeVisibleAsync();
        await app.DrainOutboxAsync();
        await writer.GotoAsync(SolidaritySteps.ConfirmLink(await app.Mailbox.WaitForMessageToAsync(email)).ToString());
        await writer.GetByRole(AriaRole.Button, new() { Name = "Confirm my message" }).ClickAsync();
        await Expect(writer.GetByRole(AriaRole.Heading, new() { Name = "Thank you, your message is confirmed" })).ToBeVisibleAsync();

        // axe and the computed print style need scripts, so the organizer's browser runs them.
        await using var organizerContext = await browser.NewContextAsync(new() { BaseURL = address, ViewportSize = Phone });
        var organizer = await organizerContext.NewPageAsync();
        await organizer.GotoAsync($"/cases/{person.Slug}/messages/write");
        await AssertNoViolationsAsync(organizer);
        await SignInAsync(organizer, owner);
        await organizer.GotoAsync($"/organizer/cases/{person.Slug}");
        await organizer.GetByRole(AriaRole.Link, new() { Name = "Review the messages" }).ClickAsync();
        await AssertNoViolationsAsync(organizer);
        await organizer.GetByRole(AriaRole.Button, new() { Name = "Approve" }).ClickAsync();
        await Expect(organizer.Locator("[data-messages=approved]")).ToHaveTextAsync("2");
        await organizer.GetByRole(AriaRole.Link, new() { Name = "Printable bundle" }).First.ClickAsync();
        await AssertNoViolationsAsync(organizer);
        await organizer.EmulateMediaAsync(new() { Media = Media.Print });

        var printed = organizer.Locator("article.printed-message");
        await Expect(printed).ToHaveCountAsync(2);
        await Expect(printed.Last.Locator(".printed-message-to")).ToHaveTextAsync("To the family of Gao Zhen");
        await Expect(printed.Last.Locator(".printed-message-from")).ToHaveTextAsync("Lena, Germany");
        await Expect(organizer.Locator(".site-header")).ToBeHiddenAsync();
        Assert.Equal("page", await printed.First.EvaluateAsync<string>("e => getComputedStyle(e).breakAfter"));
        await writer.GotoAsync($"/cases/{person.Slug}");
        await Expect(writer.Locator("#messages .message-text").First).ToHaveTextAsync("Your paintings hang in our hall.\nWe are waiting for you.");
        await organizer.EmulateMediaAsync(new() { Media = Media.Screen });
        await organizer.GotoAsync($"/cases/{person.Slug}");
        await AssertNoViolationsAsync(organizer);
    }

    private static async Task SignInAsync(IPage page, Infrastructure.Organizer organizer)
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("Email address").FillAsync(organizer.Email);
        await page.GetByLabel("Password").FillAsync(organizer.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/account/login"));
    }

    private static async Task AssertNoViolationsAsync(IPage page)
    {
        var violations = (await page.RunAxe()).Violations;
        Assert.True(violations.Length == 0, $"{page.Url}: {string.Join("; ", violations.Select(v => $"{v.Id}: {v.Help}"))}");
    }
}
