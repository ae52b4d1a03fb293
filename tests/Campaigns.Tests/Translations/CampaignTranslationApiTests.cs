using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Campaigns.Tests.Cases;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Organizer;
using Microsoft.EntityFrameworkCore;
using static Campaigns.Tests.Translations.TranslationSteps;

namespace Campaigns.Tests.Translations;

public class CampaignTranslationApiTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task A_translation_put_through_the_api_is_listed_read_in_its_language_and_removed()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var campaign = await app.Seed.PetitionAsync(owner: organizer);
        using var api = await app.Seed.ClientForAsync(organizer);

        var saved = await (await api.PutAsJsonAsync($"/api/organizer/campaigns/{campaign.Slug}/translations/zh-Hans", CampaignTranslation())).JsonAsync();
        var listed = await (await api.GetAsync($"/api/organizer/campaigns/{campaign.Slug}/translations")).JsonAsync();
        var chinese = await app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/campaigns/{campaign.Slug}?lang=zh-Hans");
        var list = await app.CreateClient().GetFromJsonAsync<JsonElement>("/api/campaigns?lang=zh-Hans&pageSize=100");
        var removed = await api.DeleteAsync($"/api/organizer/campaigns/{campaign.Slug}/translations/zh-Hans");
        var again = await api.DeleteAsync($"/api/organizer/campaigns/{campaign.Slug}/translations/zh-Hans");
        var after = await app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/campaigns/{campaign.Slug}?lang=zh-Hans");

        Assert.Equal(ChineseTitle, saved.GetProperty("title").GetString());
        Assert.Equal("en", listed.GetProperty("language").GetString());
        Assert.Equal(["zh-Hans"], listed.GetProperty("translations").EnumerateArray().Select(t => t.GetProperty("language").GetString()));
        Assert.Equal((ChineseTitle, ChineseBody), (chinese.GetProperty("title").GetString(), chinese.GetProperty("body").GetString()));
        Assert.Equal("zh-Hans", chinese.GetProperty("language").GetProperty("shown").GetString());
        var item = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("slug").GetString() == campaign.Slug);
        Assert.Equal((ChineseTitle, "zh-Hans"), (item.GetProperty("title").GetString(), item.GetProperty("language").GetString()));
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        await Problems.AssertProblemAsync(again, HttpStatusCode.NotFound);
        Assert.Equal(campaign.Title, after.GetProperty("title").GetString());
        Assert.True(after.GetProperty("language").GetProperty("missing").GetBoolean());
    }

    [Fact]
    public async Task Bad_translations_get_problem_details_and_change_nothing()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var campaign = await app.Seed.PetitionAsync(owner: organizer);
        using var api = await app.Seed.ClientForAsync(organizer);
        var path = $"/api/organizer/campaigns/{campaign.Slug}/translations";

        var untitled = await api.PutAsJsonAsync($"{path}/zh-Hans", CampaignTranslation(title: ""));
        var tooLong = await api.PutAsJsonAsync($"{path}/zh-Hans", CampaignTranslation(title: new string('长', 201)));
        var unknownLanguage = await api.PutAsJsonAsync($"{path}/fr", CampaignTranslation());
        var sameAsOriginal = await api.PutAsJsonAsync($"{path}/en", CampaignTranslation());
        var unknownPlaceholder = await api.PutAsJsonAsync($"{path}/zh-Hant", CampaignTranslation().With("body", "尊敬的{official}"));

        Assert.Contains("Give the campaign a title.", await Problems.AssertFieldErrorAsync(untitled, "title"));
        await Problems.AssertFieldErrorAsync(tooLong, "title");
        await Problems.AssertFieldErrorAsync(unknownLanguage, "language");
        await Problems.AssertFieldErrorAsync(sameAsOriginal, "language");
        await Problems.AssertFieldErrorAsync(unknownPlaceholder, "body");
        Assert.False(await app.WithDbAsync(db => db.CampaignTranslations.AnyAsync(t => t.CampaignId == campaign.Id)));
    }

    [Fact]
    public async Task Another_organisation_gets_403_and_an_unknown_campaign_404()
    {
        var campaign = await app.Seed.PetitionAsync();
        using var stranger = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());

        var put = await stranger.PutAsJsonAsync($"/api/organizer/campaigns/{campaign.Slug}/translations/zh-Hans", CampaignTranslation());
        var list = await stranger.GetAsync($"/api/organizer/campaigns/{campaign.Slug}/translations");
        var missing = await stranger.GetAsync("/api/organizer/campaigns/no-such-campaign/translations");

        await Problems.AssertProblemAsync(put, HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(list, HttpStatusCode.Forbidden);
        await Problems.AssertProblemAsync(missing, HttpStatusCode.NotFound);
        Assert.False(await app.WithDbAsync(db => db.CampaignTranslations.AnyAsync(t => t.CampaignId == campaign.Id)));
    }

    [Fact]
    public async Task Signatures_given_in_every_language_count_together()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var campaign = await app.Seed.PetitionAsync(owner: organizer);
        using var api = await app.Seed.ClientForAsync(organizer);
        await api.PutAsJsonAsync($"/api/organizer/campaigns/{campaign.Slug}/translations/zh-Hans", CampaignTranslation());
        var chineseReader = app.CreateClient();
        chineseReader.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-Hans");

        await app.SignAndConfirmAsync(campaign.Slug, new SignatureRequest(Emails.Unique()), chineseReader);
        await app.SignAndConfirmAsync(campaign.Slug, new SignatureRequest(Emails.Unique()));
        await app.CountSignaturesAsync();

        var chinese = await chineseReader.GetFromJsonAsync<JsonElement>($"/api/campaigns/{campaign.Slug}");
        var english = await app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/campaigns/{campaign.Slug}");
        Assert.Equal(ChineseTitle, chinese.GetProperty("title").GetString());
        Assert.Equal((2, 2), (chinese.GetProperty("signatureCount").GetInt32(), english.GetProperty("signatureCount").GetInt32()));
    }
}
