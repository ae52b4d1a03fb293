using Campaigns.Tests.Deliveries;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Campaigns.Tests.Browser;

public class AppealLetterInBrowserTests(SmtpKestrelAppFactory app) : IClassFixture<SmtpKestrelAppFactory>
{
    private const string OwnParagraph = "I have read his poems since I was a student, and I ask you to let him go home.";

    [BrowserFact]
    public async Task Supporter_rewrites_the_paragraph_confirms_and_follows_the_letter_to_each_official_in_Chromium()
    {
        var letter = await app.LetterCampaignAsync(CampaignKind.AppealLetter, targets: 2, policy: t =>
        {
            t.Channel = t.Name.EndsWith('1') ? DeliveryChannel.Post : DeliveryChannel.Email;
            t.Mode = DeliveryMode.Individual;
        });
        var byEmail = letter.Targets.Single(t => t.Channel == DeliveryChannel.Email);
        var byPost = letter.Targets.Single(t => t.Channel == DeliveryChannel.Post);
        var email = Emails.Unique("appeal-browser");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(SignAndConfirmInBrowserTests.LaunchOptions());
        var page = await browser.NewPageAsync(new() { BaseURL = app.ServerAddress.ToString() });

        await page.GotoAsync($"/campaigns/{letter.Slug}");
        await page.GetByLabel("Your name").FillAsync("Grace Hopper");
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Country").SelectOptionAsync(new SelectOptionValue { Label = "France" });
        await page.GetByLabel("City (optional)").FillAsync("Lyon");
        await Expect(page.GetByLabel("Your paragraph (you may rewrite it)")).ToHaveValueAsync("Their only crime was to write.");
        await page.GetByLabel("Your paragraph (you may rewrite it)").FillAsync(OwnParagraph);
        await page.GetByLabel("Yes, in full").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Check your inbox" })).ToBeVisibleAsync();

        await app.DrainOutboxAsync();
        var confirmation = await app.Mailbox.WaitForMessageToAsync(email);
        await page.GotoAsync(confirmation.ConfirmationLink.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm my signature" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Thank you, your signature is confirmed" })).ToBeVisibleAsync();

        await app.DrainOutboxAsync();
        var copy = (await app.Mailbox.WaitForMessagesToAsync(email, 2)).Single(m => m.Subject.StartsWith("Your letter"));
        Assert.DoesNotContain("Their only crime was to write.", copy.TextBody);
        await page.GotoAsync(copy.Links.Single(l => l.AbsolutePath.StartsWith("/letters/")).ToString());
        await Expect(page.GetByText(OwnParagraph)).ToBeVisibleAsync();
        await Expect(page.GetByText("Grace Hopper")).ToBeVisibleAsync();
        var toEmail = page.Locator("ul.receipt li", new() { HasText = byEmail.Name });
        var toPost = page.Locator("ul.receipt li", new() { HasText = byPost.Name });
        await Expect(toEmail.Locator(".receipt-state")).ToHaveTextAsync("Queued");
        await Expect(toPost.Locator(".receipt-state")).ToHaveTextAsync("Printed for posting; waiting to be posted");

        await app.RunDeliveriesAsync();
        var delivered = await app.Mailbox.WaitForMessageToAsync(byEmail.Email!);
        Assert.Contains(OwnParagraph, delivered.TextBody);
        Assert.DoesNotContain(email, delivered.From);
        Assert.Null(delivered.Header("Reply-To"));
        await page.ReloadAsync();
        await Expect(toEmail.Locator(".receipt-state")).ToContainTextAsync("Delivered on");
        await Expect(toPost.Locator(".receipt-state")).ToHaveTextAsync("Printed for posting; waiting to be posted");
    }
}
