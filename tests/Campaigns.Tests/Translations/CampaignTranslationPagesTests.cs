using System.Net;
using System.Net.Http.Json;
using Campaigns.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Campaigns.Tests.Translations.TranslationSteps;

namespace Campaigns.Tests.Translations;

public class CampaignTranslationPagesTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task A_translation_added_on_the_organizer_page_is_what_visitors_reading_simplified_Chinese_see()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var campaign = await app.Seed.PetitionAsync(owner: organizer);
        var browser = await app.SignedInBrowserAsync(organizer);
        var manage = await browser.GetDocumentAsync($"/organizer/campaigns/{campaign.Slug}");

        var saved = await browser.SubmitFormAsync($"/organizer/campaigns/{campaign.Slug}/translations/zh-Hans", "/translations/zh-Hans",
            new Dictionary<string, string> { ["Title"] = ChineseTitle, ["Summary"] = ChineseSummary, ["Body"] = ChineseBody });
        var overview = await browser.GetDocumentAsync($"/organizer/campaigns/{campaign.Slug}/translations");
        var page = await app.CreateClient().GetDocumentAsync($"/campaigns/{campaign.Slug}?lang=zh-Hans");
        var list = await app.CreateClient().GetDocumentAsync("/campaigns?lang=zh-Hans");

        Assert.NotNull(manage.QuerySelector($"a#translations-link[href='/organizer/campaigns/{campaign.Slug}/translations']"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Edit the translation", overview.QuerySelector($"#translation-zh-Hans a[href='/organizer/campaigns/{campaign.Slug}/translations/zh-Hans']").Text());
        Assert.Equal((ChineseTitle, "zh-Hans"), (page.QuerySelector("h1").Text(), page.QuerySelector("h1")!.GetAttribute("lang")));
        Assert.Equal("strong", page.QuerySelector("div.body-text[lang=zh-Hans] strong")?.LocalName);
        Assert.Null(page.QuerySelector("#translation-note"));
        var link = list.QuerySelector($"a[href='/campaigns/{campaign.Slug}']");
        Assert.Equal((ChineseTitle, "zh-Hans"), (link.Text(), link!.GetAttribute("lang")));
    }

    [Fact]
    public async Task Without_a_translation_the_original_is_shown_with_a_note_and_its_own_language()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var campaign = await app.Seed.PetitionAsync(owner: organizer);
        using var client = await app.Seed.ClientForAsync(organizer);
        await client.PutAsJsonAsync($"/api/organizer/campaigns/{campaign.Slug}/translations/zh-Hans", CampaignTranslation());

        var page = await app.CreateClient().GetDocumentAsync($"/campaigns/{campaign.Slug}?lang=zh-Hant");
        var english = await app.CreateClient().GetDocumentAsync($"/campaigns/{campaign.Slug}");

        Assert.Equal((campaign.Title, "en"), (page.QuerySelector("h1").Text(), page.QuerySelector("h1")!.GetAttribute("lang")));
        Assert.Contains("本活動尚未翻譯成繁體中文，目前以英文顯示。", page.QuerySelector("#translation-note").Text());
        Assert.Equal(campaign.Title, english.QuerySelector("h1").Text());
        Assert.Null(english.QuerySelector("#translation-note"));
    }

    [Fact]
    public async Task A_translation_without_a_title_comes_back_with_the_message_and_nothing_is_written()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var campaign = await app.Seed.PetitionAsync(owner: organizer);
        var browser = await app.SignedInBrowserAsync(organizer);

        var response = await browser.SubmitFormAsync($"/organizer/campaigns/{campaign.Slug}/translations/zh-Hant", "/translations/zh-Hant",
            new Dictionary<string, string> { ["Title"] = " ", ["Summary"] = ChineseSummary, ["Body"] = ChineseBody });
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Give the campaign a title.", page.QuerySelector(".errors").Text());
        Assert.Contains("Give the campaign a title.", page.QuerySelector("#Title + .field-error").Text());
        Assert.Equal(ChineseSummary, page.QuerySelector("textarea[name=Summary]")!.TextContent);
        Assert.False(await app.WithDbAsync(db => db.CampaignTranslations.AnyAsync(t => t.CampaignId == campaign.Id)));
    }

    [Fact]
    public async Task An_organizer_of_another_organisation_can_neither_open_nor_save_a_translation()
    {
        var owner = await app.Seed.OrganizerAsync();
        var campaign = await app.Seed.PetitionAsync(owner: owner);
        var stranger = await app.SignedInBrowserAsync(await app.Seed.OrganizerAsync());

        var opened = await stranger.GetAsync($"/organizer/campaigns/{campaign.Slug}/translations/zh-Hans");
        var strangerForm = await stranger.GetDocumentAsync("/organizer/cases/new");
        var strangerToken = strangerForm.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var saved = await stranger.PostAsync($"/organizer/campaigns/{campaign.Slug}/translations/zh-Hans", new FormUrlEncodedContent(
            new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = strangerToken, ["Title"] = ChineseTitle, ["Summary"] = ChineseSummary, ["Body"] = ChineseBody,
            }));

        Assert.Equal(HttpStatusCode.Forbidden, opened.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, saved.StatusCode);
        Assert.False(await app.WithDbAsync(db => db.CampaignTranslations.AnyAsync(t => t.CampaignId == campaign.Id)));
    }
}
