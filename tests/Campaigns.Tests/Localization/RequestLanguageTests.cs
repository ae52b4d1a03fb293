using AngleSharp.Html.Dom;
using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.Localization;

public class RequestLanguageTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Theory]
    [InlineData("zh-TW", "zh-Hant")]
    [InlineData("zh-HK", "zh-Hant")]
    [InlineData("zh-MO", "zh-Hant")]
    [InlineData("zh-Hant", "zh-Hant")]
    [InlineData("zh-CN", "zh-Hans")]
    [InlineData("zh-SG", "zh-Hans")]
    [InlineData("zh", "zh-Hans")]
    [InlineData("fr-FR, zh-TW;q=0.8, en;q=0.5", "zh-Hant")]
    [InlineData("de-DE", "en")]
    public async Task The_browser_language_chooses_the_page_language(string acceptLanguage, string expected)
    {
        var client = app.CreatePageClient();
        client.DefaultRequestHeaders.Add("Accept-Language", acceptLanguage);

        var page = await client.GetDocumentAsync("/campaigns");

        Assert.Equal(expected, page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task A_chosen_language_sticks_for_later_pages_and_beats_the_browser_language()
    {
        var client = app.CreatePageClient();
        client.DefaultRequestHeaders.Add("Accept-Language", "en-GB");

        var chosen = await client.GetAsync("/campaigns?lang=zh-Hans");
        var later = await client.GetDocumentAsync("/cases");

        var cookie = Assert.Single(chosen.Headers.GetValues("Set-Cookie"), c => c.StartsWith("campaigns.lang="));
        Assert.StartsWith("campaigns.lang=zh-Hans;", cookie);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("max-age=31536000", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("zh-Hans", later.DocumentElement.GetAttribute("lang"));
    }

    [Theory]
    [InlineData("klingon")]
    [InlineData("zh-Hant-XX-<script>")]
    [InlineData("")]
    public async Task A_language_the_site_does_not_speak_is_ignored(string lang)
    {
        var client = app.CreatePageClient();

        var response = await client.GetAsync($"/campaigns?lang={Uri.EscapeDataString(lang)}");
        var page = await HtmlForms.ParseAsync(response);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(c => c.StartsWith("campaigns.lang=")));
        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
    }

    [Fact]
    public async Task Every_page_offers_each_language_by_its_own_name_keeping_the_query()
    {
        var client = app.CreatePageClient();

        var page = await client.GetDocumentAsync("/cases?q=Huang&lang=zh-Hant");

        var links = page.QuerySelectorAll("nav.languages a").Cast<IHtmlAnchorElement>().ToList();
        Assert.Equal(["English", "简体中文", "繁體中文"], links.Select(a => a.Text.Trim()));
        Assert.Equal(["en", "zh-Hans", "zh-Hant"], links.Select(a => a.GetAttribute("lang")));
        Assert.Equal(["en", "zh-Hans", "zh-Hant"], links.Select(a => a.GetAttribute("hreflang")));
        Assert.Equal(["/cases?q=Huang&lang=en", "/cases?q=Huang&lang=zh-Hans", "/cases?q=Huang&lang=zh-Hant"], links.Select(a => a.GetAttribute("href")));
        Assert.Equal(["繁體中文"], links.Where(a => a.GetAttribute("aria-current") == "true").Select(a => a.Text.Trim()));
    }
}
