using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Campaigns.Tests.Cases;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Organizer;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Translations;

public class CaseTranslationTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task A_case_and_its_timeline_translated_on_the_organizer_page_read_in_traditional_Chinese()
    {
        var organizer = await app.Seed.OrganizerAsync();
        using var api = await app.Seed.ClientForAsync(organizer);
        var created = await api.CreateCaseAsync();
        var slug = created.Slug();
        await (await api.PostAsJsonAsync($"/api/organizer/cases/{slug}/updates", new { date = "2023-09-21", summary = "He looked very weak and thin." }))
            .JsonAsync(HttpStatusCode.Created);
        var browser = await app.SignedInBrowserAsync(organizer);
        var manage = await browser.GetDocumentAsync($"/organizer/cases/{slug}");

        var saved = await browser.SubmitFormAsync($"/organizer/cases/{slug}/translations/zh-Hant", "/translations/zh-Hant", new Dictionary<string, string>
        {
            ["Name"] = "王炳章博士", ["Charges"] = "間諜罪；恐怖主義", ["Sentence"] = "無期徒刑", ["PlaceOfDetention"] = "韶關監獄",
            ["Biography"] = "**民主**運動人士。", ["Updates[0].Summary"] = "他看起來非常虛弱消瘦。",
        });
        var page = await app.CreateClient().GetDocumentAsync($"/cases/{slug}?lang=zh-Hant");
        var list = await app.CreateClient().GetDocumentAsync($"/cases?lang=zh-Hant&q={Uri.EscapeDataString(created.GetProperty("name").GetString()!)}");

        Assert.NotNull(manage.QuerySelector($"a#translations-link[href='/organizer/cases/{slug}/translations']"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(("王炳章博士", "zh-Hant"), (page.QuerySelector("h1").Text(), page.QuerySelector("h1")!.GetAttribute("lang")));
        Assert.Equal("韶關監獄", page.QuerySelector("dd[lang=zh-Hant]:last-of-type").Text());
        Assert.Equal("strong", page.QuerySelector(".body-text[lang=zh-Hant] strong")?.LocalName);
        Assert.Equal("他看起來非常虛弱消瘦。", page.QuerySelector("#timeline p[lang=zh-Hant]").Text());
        Assert.Null(page.QuerySelector("#translation-note"));
        Assert.Contains("王炳章博士", list.QuerySelectorAll(".case-item a[lang=zh-Hant]").Select(a => a.Text()));
    }

    [Fact]
    public async Task A_case_translation_without_a_name_is_refused_and_nothing_is_written()
    {
        var organizer = await app.Seed.OrganizerAsync();
        using var api = await app.Seed.ClientForAsync(organizer);
        var slug = (await api.CreateCaseAsync()).Slug();
        var browser = await app.SignedInBrowserAsync(organizer);

        var response = await browser.SubmitFormAsync($"/organizer/cases/{slug}/translations/zh-Hans", "/translations/zh-Hans",
            new Dictionary<string, string> { ["Name"] = "", ["Charges"] = "间谍罪" });
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Write the person's name as readers of this language write it", page.QuerySelector("#Name + .field-error").Text());
        Assert.Equal("间谍罪", page.QuerySelector("textarea[name=Charges]")!.TextContent);
        Assert.False(await app.WithDbAsync(db => db.CaseTranslations.AnyAsync(t => db.Cases.Any(c => c.Id == t.CaseId && c.Slug == slug))));
    }

    [Fact]
    public async Task The_case_translation_round_trips_through_the_api_and_the_public_read_says_its_language()
    {
        var organizer = await app.Seed.OrganizerAsync();
        using var api = await app.Seed.ClientForAsync(organizer);
        var created = await api.CreateCaseAsync(CaseSteps.NewCase().With("charges", null).With("sentence", null).With("placeOfDetention", null).With("biography", null));
        var slug = created.Slug();
        var withUpdate = await (await api.PostAsJsonAsync($"/api/organizer/cases/{slug}/updates", new { date = "2018-01-09", summary = "Refused entry." }))
            .JsonAsync(HttpStatusCode.Created);
        var updateId = withUpdate.GetProperty("updates")[0].GetProperty("id").GetString();

        var saved = await api.PutAsJsonAsync($"/api/organizer/cases/{slug}/translations/zh-Hans",
            new { name = "王炳章博士", updates = new[] { new { id = updateId, summary = "被拒绝入境。" } } });
        var listed = await (await api.GetAsync($"/api/organizer/cases/{slug}/translations")).JsonAsync();
        var simplified = await app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/cases/{slug}?lang=zh-Hans");
        var traditional = await app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/cases/{slug}?lang=zh-Hant");
        var removed = await api.DeleteAsync($"/api/organizer/cases/{slug}/translations/zh-Hans");
        var after = await app.CreateClient().GetFromJsonAsync<JsonElement>($"/api/cases/{slug}?lang=zh-Hans");

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        Assert.Equal("zh-Hans", listed.GetProperty("translations")[0].GetProperty("language").GetString());
        Assert.Equal("被拒绝入境。", listed.GetProperty("translations")[0].GetProperty("updates")[0].GetProperty("summary").GetString());
        Assert.Equal("王炳章博士", simplified.GetProperty("name").GetString());
        Assert.Equal("被拒绝入境。", simplified.GetProperty("updates")[0].GetProperty("summary").GetString());
        Assert.Equal(("zh-Hans", false), (simplified.GetProperty("language").GetProperty("shown").GetString(), simplified.GetProperty("language").GetProperty("missing").GetBoolean()));
        Assert.Equal(("en", "zh-Hant", true), (traditional.GetProperty("language").GetProperty("shown").GetString(),
            traditional.GetProperty("language").GetProperty("wanted").GetString(), traditional.GetProperty("language").GetProperty("missing").GetBoolean()));
        Assert.Equal(HttpStatusCode.OK, removed.StatusCode);
        Assert.Equal(created.GetProperty("name").GetString(), after.GetProperty("name").GetString());
        Assert.False(await app.WithDbAsync(db => db.CaseUpdateTranslations.AnyAsync(t => t.Summary == "被拒绝入境。")));
    }

    [Fact]
    public async Task The_api_refuses_a_timeline_entry_of_another_case_and_a_case_of_another_organisation()
    {
        var organizer = await app.Seed.OrganizerAsync();
        using var api = await app.Seed.ClientForAsync(organizer);
        var slug = (await api.CreateCaseAsync(CaseSteps.NewCase().With("charges", null).With("sentence", null).With("placeOfDetention", null).With("biography", null))).Slug();
        using var stranger = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());

        var foreignUpdate = await api.PutAsJsonAsync($"/api/organizer/cases/{slug}/translations/zh-Hans",
            new { name = "王炳章", updates = new[] { new { id = Guid.NewGuid(), summary = "不属于此案。" } } });
        var forbidden = await stranger.PutAsJsonAsync($"/api/organizer/cases/{slug}/translations/zh-Hans", new { name = "王炳章" });

        await Problems.AssertFieldErrorAsync(foreignUpdate, "updates[0].id");
        await Problems.AssertProblemAsync(forbidden, HttpStatusCode.Forbidden);
        Assert.False(await app.WithDbAsync(db => db.CaseTranslations.AnyAsync(t => t.Name == "王炳章")));
    }
}
