using Campaigns.Tests.Answers;
using Campaigns.Tests.Infrastructure;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Campaigns.Tests.Browser;

public class OfficialAnswersInBrowserTests(KestrelAppFactory app) : IClassFixture<KestrelAppFactory>
{
    [BrowserFact]
    public async Task Organizer_records_an_answer_with_its_letter_on_a_phone_without_JavaScript_and_the_campaign_page_shows_it()
    {
        var campaign = await app.AnsweredCampaignAsync();
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(SignAndConfirmInBrowserTests.LaunchOptions());
        var page = await browser.NewPageAsync(new()
        {
            BaseURL = app.ServerAddress.ToString(), JavaScriptEnabled = false, ViewportSize = new() { Width = 390, Height = 844 },
        });

        await page.GotoAsync($"/account/login?returnUrl=/organizer/campaigns/{campaign.Petition.Slug}");
        await page.GetByLabel("Email address").FillAsync(campaign.Organizer.Email);
        await page.GetByLabel("Password").FillAsync(campaign.Organizer.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Officials' answers" }).ClickAsync();
        var official = page.Locator($"#answer-{campaign.Officials[0]}");
        await official.GetByLabel("Date the answer was received").FillAsync("2026-11-20");
        await official.GetByLabel("Summary of the answer").FillAsync("The ministry will review the sentence.");
        await official.GetByLabel("The answer itself (PDF or image, optional)").SetInputFilesAsync(
            new FilePayload { Name = "reply.pdf", MimeType = "application/pdf", Buffer = AnswerSteps.Pdf });
        await official.GetByRole(AriaRole.Button, new() { Name = "Record the answer of Official 1" }).ClickAsync();
        await Expect(official.GetByText("Answered on 20 November 2026")).ToBeVisibleAsync();

        await page.GotoAsync($"/campaigns/{campaign.Petition.Slug}");
        var answers = page.Locator("#answers");
        await Expect(answers.GetByText("The ministry will review the sentence.")).ToBeVisibleAsync();
        await Expect(answers.GetByRole(AriaRole.Link, new() { Name = "Download the answer (PDF)" })).ToBeVisibleAsync();
        // axe is a script: it runs in a context with JavaScript on, signed in as the same organizer.
        var scanner = await browser.NewContextAsync(new()
        {
            BaseURL = app.ServerAddress.ToString(), ViewportSize = new() { Width = 390, Height = 844 },
            StorageState = await page.Context.StorageStateAsync(),
        });
        var scanned = await scanner.NewPageAsync();
        foreach (var path in new[] { $"/organizer/campaigns/{campaign.Petition.Slug}/answers", $"/campaigns/{campaign.Petition.Slug}" })
        {
            await scanned.GotoAsync(path);
            var violations = (await scanned.RunAxe()).Violations;
            Assert.True(violations.Length == 0, path + ": " + string.Join(", ", violations.Select(v => v.Id)));
        }
    }
}
