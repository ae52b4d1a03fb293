using System.Net.Http.Json;
using Campaigns.Tests.Following;
using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.Localization;

public class PageTextTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task The_follow_page_is_titled_with_the_persons_name()
    {
        var (person, _) = await app.OrganizerCaseAsync("Huang Xueqin");

        var page = await app.CreatePageClient().GetDocumentAsync($"/cases/{person.Slug}/follow");

        Assert.StartsWith("Follow Huang Xueqin ·", page.Title);
    }

    [Fact]
    public async Task A_timeline_source_with_a_web_address_links_to_it()
    {
        var (person, organizer) = await app.OrganizerCaseAsync();
        var added = await organizer.PostAsJsonAsync($"/api/organizer/cases/{person.Slug}/updates", new
        {
            date = "2025-03-18", summary = "Sentenced to five years.", sourceName = "Radio Free Asia", sourceUrl = "https://www.rfa.org/english/news/china/huang.html",
        });
        Assert.True(added.IsSuccessStatusCode, await added.Content.ReadAsStringAsync());

        var page = await app.CreatePageClient().GetDocumentAsync($"/cases/{person.Slug}");

        var link = page.QuerySelector("#timeline .source a");
        Assert.NotNull(link);
        Assert.Equal("Radio Free Asia", link.Text());
        Assert.Equal("https://www.rfa.org/english/news/china/huang.html", link.GetAttribute("href"));
        Assert.Equal("noopener noreferrer nofollow", link.GetAttribute("rel"));
    }

    [Fact]
    public async Task A_name_in_Chinese_characters_is_marked_as_Chinese_on_an_English_page()
    {
        var organizer = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var slug = Cases.CaseSteps.Slug(await Cases.CaseSteps.CreateCaseAsync(organizer, Cases.CaseSteps.NewCase(nativeName: "王炳章")));

        var page = await app.CreatePageClient().GetDocumentAsync($"/cases/{slug}?lang=en");

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("zh", page.GetElementById("native-name")!.GetAttribute("lang"));
    }
}
