using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Translations;

/// <summary>The demo's petition for Dr. Wang Bingzhang and his case read in simplified and traditional Chinese.</summary>
public sealed class SeededTranslationTests : IAsyncLifetime
{
    private readonly CampaignsAppFactory _app = CampaignsAppFactory.Create(new AppOptions
    {
        Settings = new Dictionary<string, string> { ["Campaigns:SeedDemoData"] = "true" },
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("zh-Hans", "释放王炳章博士：准予保外就医", "广东省韶关监狱")]
    [InlineData("zh-Hant", "釋放王炳章博士：准予保外就醫", "廣東省韶關監獄")]
    public async Task The_seeded_petition_reads_in_Chinese(string language, string title, string prison)
    {
        var page = await _app.CreateClient().GetDocumentAsync($"/campaigns/free-wang-bingzhang?lang={language}");

        Assert.Equal((title, language), (page.QuerySelector("h1").Text(), page.QuerySelector("h1")!.GetAttribute("lang")));
        Assert.Contains(prison, page.QuerySelector($"div.body-text[lang={language}]").Text());
        Assert.Contains("1947", page.QuerySelector($"div.body-text[lang={language}]").Text());
        Assert.Null(page.QuerySelector("#translation-note"));
    }

    [Theory]
    [InlineData("zh-Hans", "无期徒刑（深圳市中级人民法院，2003年2月10日）", "广东省韶关市韶关监狱", "《中国之春》")]
    [InlineData("zh-Hant", "無期徒刑（深圳市中級人民法院，2003年2月10日）", "廣東省韶關市韶關監獄", "《中國之春》")]
    public async Task The_seeded_case_reads_in_Chinese_with_its_whole_timeline(string language, string sentence, string prison, string magazine)
    {
        var page = await _app.CreateClient().GetDocumentAsync($"/cases/wang-bingzhang?lang={language}");
        var facts = page.QuerySelectorAll($"dd[lang={language}]").Select(d => d.Text()).ToList();

        Assert.Equal(("王炳章博士", language), (page.QuerySelector("h1").Text(), page.QuerySelector("h1")!.GetAttribute("lang")));
        Assert.Contains(sentence, facts);
        Assert.Contains(prison, facts);
        Assert.Contains(magazine, page.QuerySelector($".body-text[lang={language}]").Text());
        Assert.Equal(10, page.QuerySelectorAll($"#timeline p[lang={language}]").Length);
        Assert.Empty(page.QuerySelectorAll("#timeline p[lang=en]"));
    }

    [Fact]
    public async Task The_petitions_nine_officials_read_simplified_Chinese()
    {
        var page = await _app.CreateClient().GetDocumentAsync("/campaigns/free-wang-bingzhang");

        var languages = await _app.WithDbAsync(db => db.CampaignTargets
            .Where(t => db.Campaigns.Any(c => c.Id == t.CampaignId && c.Slug == "free-wang-bingzhang"))
            .Select(t => t.Target!.Language).ToListAsync());

        Assert.Equal("en", page.QuerySelector("h1")!.GetAttribute("lang"));
        Assert.Equal(9, languages.Count);
        Assert.All(languages, l => Assert.Equal(ContentLanguages.Simplified, ContentLanguages.Match(l)));
    }
}
