using System.Globalization;
using System.Net;
using System.Xml.Linq;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Sharing;
using Campaigns.Web.Infrastructure.Localization;
using SkiaSharp;

namespace Campaigns.Tests.Sharing;

public class SharingPagesTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    private static readonly string[] ShareServices =
    [
        "https://wa.me/?text=", "https://t.me/share/url?url=", "https://x.com/intent/post?text=",
        "https://www.facebook.com/sharer/sharer.php?u=", "https://social-plugins.line.me/lineit/share?url=",
        "https://service.weibo.com/share/share.php?url=",
    ];

    private readonly HttpClient _browser = app.CreatePageClient();

    [Fact]
    public async Task Campaign_page_offers_its_address_to_copy_and_plain_share_links_that_fetch_nothing()
    {
        var petition = await app.Seed.PetitionAsync();
        var address = $"{app.PublicBaseUrl}/campaigns/{petition.Slug}?lang=en";

        var page = await _browser.GetDocumentAsync($"/campaigns/{petition.Slug}");

        var copy = page.QuerySelector("#share-url")!;
        Assert.Equal(address, copy.GetAttribute("value"));
        Assert.True(copy.HasAttribute("readonly"));
        var links = page.QuerySelectorAll(".share-links a").ToList();
        Assert.StartsWith("mailto:?subject=", links[0].GetAttribute("href"));
        foreach (var service in ShareServices)
        {
            var link = Assert.Single(links, a => a.GetAttribute("href")!.StartsWith(service, StringComparison.Ordinal));
            Assert.Contains(Uri.EscapeDataString(address), link.GetAttribute("href"));
            Assert.Equal("noopener noreferrer", link.GetAttribute("rel"));
            Assert.Equal("_blank", link.GetAttribute("target"));
        }
        Assert.All(page.QuerySelectorAll("[src], link[href]"), e =>
            Assert.StartsWith("/", e.GetAttribute("src") ?? e.GetAttribute("href")));
    }

    [Fact]
    public async Task Pages_after_signing_and_after_confirming_offer_the_share_box()
    {
        var petition = await app.Seed.PetitionAsync();
        var email = Emails.Unique();
        await _browser.SignAsync(petition.Slug, new SignatureRequest(email));
        await app.DrainOutboxAsync();
        var link = app.Mailbox.SingleMessageTo(email).ConfirmationLink;

        var signed = await _browser.GetDocumentAsync($"/campaigns/{petition.Slug}/signed");
        var confirmed = await HtmlForms.ParseAsync(await _browser.SubmitFormAsync(link.PathAndQuery, link.AbsolutePath, new Dictionary<string, string>()));

        foreach (var page in new[] { signed, confirmed })
        {
            Assert.Equal($"{app.PublicBaseUrl}/campaigns/{petition.Slug}?lang=en", page.QuerySelector("#share-url")!.GetAttribute("value"));
            Assert.Equal(7, page.QuerySelectorAll(".share-links a").Length);
            Assert.Equal($"/c/{petition.Slug}/qr.svg?lang=en", page.QuerySelector(".share-qr img")!.GetAttribute("src"));
        }
    }

    [Fact]
    public void Shared_address_carries_the_language_it_was_shown_in()
    {
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-Hant");
            Assert.Equal("https://example.org/campaigns/free-them?lang=zh-Hant", LanguageInLinks.WithLanguage("https://example.org/campaigns/free-them"));
            CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
            Assert.Equal("https://example.org/campaigns/free-them?lang=en", LanguageInLinks.WithLanguage("https://example.org/campaigns/free-them"));
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }

    [Fact]
    public async Task Campaign_page_describes_itself_to_link_previews_with_its_share_card()
    {
        var petition = await app.Seed.PetitionAsync();

        var page = await _browser.GetDocumentAsync($"/campaigns/{petition.Slug}");

        string Meta(string key) => page.QuerySelector($"meta[property='{key}'], meta[name='{key}']")!.GetAttribute("content")!;
        Assert.Equal(petition.Title, Meta("og:title"));
        Assert.Equal(petition.Summary, Meta("og:description"));
        Assert.Equal($"{app.PublicBaseUrl}/campaigns/{petition.Slug}?lang=en", Meta("og:url"));
        Assert.Equal($"{app.PublicBaseUrl}/c/{petition.Slug}/card.png?lang=en", Meta("og:image"));
        Assert.Equal("1200", Meta("og:image:width"));
        Assert.Equal("630", Meta("og:image:height"));
        Assert.Equal("en_US", Meta("og:locale"));
        Assert.Equal("summary_large_image", Meta("twitter:card"));
    }

    [Fact]
    public async Task Qr_code_is_an_svg_document_that_browsers_can_cache()
    {
        var petition = await app.Seed.PetitionAsync();
        var client = app.CreateClient();

        var response = await client.GetAsync($"/c/{petition.Slug}/qr.svg");

        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType?.MediaType);
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(XName.Get("svg", "http://www.w3.org/2000/svg"), svg.Root!.Name);
        Assert.Contains($"{app.PublicBaseUrl}/campaigns/{petition.Slug}", svg.Root.Value);
        Assert.Equal(HttpStatusCode.NotModified, (await RevalidateAsync(client, $"/c/{petition.Slug}/qr.svg", response)).StatusCode);
    }

    [Fact]
    public async Task Share_card_is_a_1200_by_630_png_that_is_revalidated_by_its_etag()
    {
        var petition = await app.Seed.PetitionAsync(c => { c.SignatureCount = 12_345; c.Goal = 20_000; });
        var client = app.CreateClient();

        var response = await client.GetAsync($"/c/{petition.Slug}/card.png");

        Assert.Equal("image/png", response.Content.Headers.ContentType?.MediaType);
        using var card = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal((1200, 630), (card.Width, card.Height));
        Assert.Equal(HttpStatusCode.NotModified, (await RevalidateAsync(client, $"/c/{petition.Slug}/card.png", response)).StatusCode);
    }

    [Fact]
    public async Task Share_card_of_a_chinese_title_is_drawn()
    {
        var petition = await app.Seed.PetitionAsync(c => c.Title = "释放良心犯 Free the prisoners of conscience 釋放良心犯");

        var response = await app.CreateClient().GetAsync($"/c/{petition.Slug}/card.png");

        using var card = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
        Assert.Equal((1200, 630), (card.Width, card.Height));
    }

    [Fact]
    public async Task Drafts_have_neither_qr_code_nor_share_card()
    {
        var draft = await app.Seed.PetitionAsync(c => c.Status = CampaignStatus.Draft);
        var client = app.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/c/{draft.Slug}/qr.svg")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/c/{draft.Slug}/card.png")).StatusCode);
    }

    private static Task<HttpResponseMessage> RevalidateAsync(HttpClient client, string path, HttpResponseMessage first)
    {
        var again = new HttpRequestMessage(HttpMethod.Get, path);
        again.Headers.IfNoneMatch.Add(first.Headers.ETag!);
        return client.SendAsync(again);
    }
}
