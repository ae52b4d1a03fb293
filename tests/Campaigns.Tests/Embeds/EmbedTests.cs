using System.Net;
using System.Xml.Linq;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Tracking;
using Campaigns.Web.Domain;

namespace Campaigns.Tests.Embeds;

public class EmbedTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    private readonly HttpClient _client = app.CreatePageClient();

    [Fact]
    public async Task Embedded_counters_may_be_framed_by_other_sites_while_other_pages_may_not()
    {
        var petition = await app.Seed.PetitionAsync();
        var person = await app.CaseAsync("Wang Bingzhang", petition);

        foreach (var path in new[] { $"/embed/campaigns/{petition.Slug}", $"/embed/cases/{person.Slug}" })
        {
            using var embed = await _client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, embed.StatusCode);
            var policy = string.Join(";", embed.Headers.GetValues("Content-Security-Policy"));
            Assert.Contains("frame-ancestors *", policy);
            Assert.Contains("script-src 'self'", policy);
            Assert.Contains("default-src 'self'", policy);
            Assert.False(embed.Headers.Contains("X-Frame-Options"));
        }
        foreach (var path in new[] { $"/campaigns/{petition.Slug}", $"/campaigns/{petition.Slug}/tracking", $"/cases/{person.Slug}/tracking" })
        {
            using var page = await _client.GetAsync(path);
            Assert.Contains("frame-ancestors 'self'", string.Join(";", page.Headers.GetValues("Content-Security-Policy")));
            Assert.Equal("SAMEORIGIN", Assert.Single(page.Headers.GetValues("X-Frame-Options")));
        }
    }

    [Fact]
    public async Task Embedded_counter_shows_the_count_the_goal_and_a_link_out_in_a_new_tab()
    {
        var petition = await app.Seed.PetitionAsync(c => c.Goal = 5000);
        await app.SignersAsync(petition, [.. Enumerable.Repeat(new Signer(), 3)]);

        var page = await _client.GetDocumentAsync($"/embed/campaigns/{petition.Slug}");

        Assert.Equal("3 signatures", page.QuerySelector(".count").Text());
        Assert.Equal("5000", page.QuerySelector("progress")!.GetAttribute("max"));
        var link = page.QuerySelector("a")!;
        Assert.Equal($"/campaigns/{petition.Slug}", link.GetAttribute("href"));
        Assert.Equal("_blank", link.GetAttribute("target"));
        Assert.Equal("noopener", link.GetAttribute("rel"));
        Assert.Null(page.QuerySelector("header, nav, form"));
    }

    [Fact]
    public async Task Badge_is_well_formed_svg_that_says_the_count()
    {
        var petition = await app.Seed.PetitionAsync();
        await app.SignersAsync(petition, [.. Enumerable.Repeat(new Signer(), 1234)]);

        using var response = await _client.GetAsync($"/campaigns/{petition.Slug}/badge.svg");

        Assert.Equal("image/svg+xml", response.Content.Headers.ContentType!.MediaType);
        var svg = XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!;
        Assert.Equal(Svg + "svg", svg.Name);
        Assert.Equal("1,234 signatures", svg.Attribute("aria-label")!.Value);
        Assert.Equal(["1,234 signatures"], svg.Descendants(Svg + "text").Select(t => t.Value));
    }

    [Fact]
    public async Task A_cached_badge_is_never_served_in_another_visitors_language()
    {
        var petition = await app.Seed.PetitionAsync();
        await app.SignersAsync(petition, [.. Enumerable.Repeat(new Signer(), 3)]);
        var path = $"/campaigns/{petition.Slug}/badge.svg";

        var chinese = await LabelAsync(path, "zh-CN,zh;q=0.9");
        var english = await LabelAsync(path, "en-GB,en;q=0.8");
        var chineseAgain = await LabelAsync(path, "zh-CN,zh;q=0.9");

        Assert.Equal("3 signatures", english);
        Assert.NotEqual(english, chinese);
        Assert.Contains("3", chinese);
        Assert.Equal(chinese, chineseAgain);
    }

    private async Task<string> LabelAsync(string path, string acceptLanguage)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.AcceptLanguage.ParseAdd(acceptLanguage);
        using var response = await app.CreateClient().SendAsync(request);
        return XDocument.Parse(await response.Content.ReadAsStringAsync()).Root!.Attribute("aria-label")!.Value;
    }

    [Fact]
    public async Task Badge_label_from_the_address_is_escaped_and_never_becomes_markup()
    {
        var petition = await app.Seed.PetitionAsync(c => c.Kind = CampaignKind.AppealLetter);
        var person = await app.CaseAsync("Wang Bingzhang", petition);
        await app.SignersAsync(petition, new Signer());
        const string label = "<script>alert(1)</script> & \"Free\" 'him'";

        using var response = await _client.GetAsync($"/cases/{person.Slug}/badge.svg?label={Uri.EscapeDataString(label)}");

        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script", body);
        var svg = XDocument.Parse(body).Root!;
        Assert.Empty(svg.Descendants(Svg + "script"));
        Assert.Equal([label, "1 letter"], svg.Descendants(Svg + "text").Select(t => t.Value));
        Assert.Equal($"{label}: 1 letter", svg.Attribute("aria-label")!.Value);
    }

    [Fact]
    public async Task Badge_and_embed_are_cacheable_and_answer_304_to_a_current_etag()
    {
        var petition = await app.Seed.PetitionAsync();
        var person = await app.CaseAsync("Li Yuan", petition);

        foreach (var path in new[] { $"/campaigns/{petition.Slug}/badge.svg", $"/cases/{person.Slug}/badge.svg", $"/embed/campaigns/{petition.Slug}", $"/embed/cases/{person.Slug}" })
        {
            using var first = await _client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            Assert.True(first.Headers.CacheControl!.Public);
            Assert.Equal(TimeSpan.FromSeconds(10), first.Headers.CacheControl.MaxAge);
            var etag = first.Headers.ETag!;
            Assert.False(etag.IsWeak);

            using var again = new HttpRequestMessage(HttpMethod.Get, path) { Headers = { IfNoneMatch = { etag } } };
            using var notModified = await _client.SendAsync(again);

            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        }
    }

    [Fact]
    public async Task Badges_and_embeds_of_unknown_or_draft_campaigns_are_not_found()
    {
        var draft = await app.Seed.PetitionAsync(c => c.Status = CampaignStatus.Draft);

        foreach (var path in new[] { $"/campaigns/{draft.Slug}/badge.svg", "/cases/nobody/badge.svg", $"/embed/campaigns/{draft.Slug}", "/embed/cases/nobody" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(path)).StatusCode);
        }
    }
}
