using AngleSharp.Html.Dom;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;

namespace Campaigns.Tests.Tracking;

/// <summary>The world map of supporters' countries on the tracking pages, on each database the app runs on.</summary>
public abstract class SupportMapTests(CampaignsAppFactory app)
{
    private readonly HttpClient _browser = app.CreatePageClient();

    [Fact]
    public async Task Map_shades_each_country_by_its_order_of_magnitude_and_sends_readers_to_the_table()
    {
        var petition = await app.Seed.PetitionAsync();
        await app.SignersAsync(petition, [.. Enumerable.Repeat(new Signer("GB"), 12), new Signer("FR"), new Signer("FR")]);

        var page = await _browser.GetDocumentAsync($"/campaigns/{petition.Slug}/tracking");

        var map = page.QuerySelector("#countries svg.support-map")!;
        Assert.Equal("img", map.GetAttribute("role"));
        Assert.Equal("Signatures by country", map.QuerySelector("title#map-title")!.TextContent);
        Assert.Contains("The table below gives the number for each country.", map.QuerySelector("desc#map-desc")!.TextContent);
        Assert.Equal("map-shade-2", Shape(page, "GB").GetAttribute("class"));
        Assert.Equal("United Kingdom: 12 signatures", Shape(page, "GB").QuerySelector("title")!.TextContent);
        Assert.Equal("map-shade-1", Shape(page, "FR").GetAttribute("class"));
        Assert.Equal("France: 2 signatures", Shape(page, "FR").QuerySelector("title")!.TextContent);
        Assert.Equal(2, map.QuerySelectorAll("path[data-country]").Length);
        Assert.True(map.QuerySelectorAll("path.map-shade-0").Length > 150);
        Assert.Equal(["United Kingdom | 12", "France | 2"], page.QuerySelectorAll("#countries-table tbody tr").Select(Row));
    }

    [Fact]
    public async Task Legend_names_each_shade_in_plain_numbers()
    {
        var petition = await app.Seed.PetitionAsync();
        await app.SignersAsync(petition, new Signer("KE"));

        var page = await _browser.GetDocumentAsync($"/campaigns/{petition.Slug}/tracking");

        var legend = page.QuerySelectorAll(".map-legend li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(["No signatures", "1 to 9", "10 to 99", "100 to 999", "1,000 to 9,999", "10,000 or more"], legend);
    }

    [Fact]
    public async Task Only_confirmed_signatures_shade_the_map()
    {
        var petition = await app.Seed.PetitionAsync();
        await app.SignersAsync(petition, new Signer("BR"));
        await app.WithDbAsync(async db =>
        {
            db.Signatures.Add(new Signature { CampaignId = petition.Id, Name = "Unconfirmed", Email = "u@example.org", EmailNormalized = "u@example.org", Country = "AR", CreatedAt = app.Clock.UtcNow });
            await db.SaveChangesAsync();
        });

        var page = await _browser.GetDocumentAsync($"/campaigns/{petition.Slug}/tracking");

        Assert.Equal(["BR"], page.QuerySelectorAll("svg.support-map path[data-country]").Select(p => p.GetAttribute("data-country")));
    }

    [Fact]
    public async Task Countries_too_small_to_outline_are_marked_with_a_point_only_when_someone_there_signed()
    {
        var petition = await app.Seed.PetitionAsync();
        await app.SignersAsync(petition, [.. Enumerable.Repeat(new Signer("HK"), 10), new Signer("SG")]);

        var page = await _browser.GetDocumentAsync($"/campaigns/{petition.Slug}/tracking");

        var points = page.QuerySelectorAll("svg.support-map circle.map-point").ToList();
        Assert.Equal(["HK", "SG"], points.Select(p => p.GetAttribute("data-country")));
        Assert.Equal("map-point map-shade-2", points[0].GetAttribute("class"));
        Assert.Equal("Hong Kong SAR China: 10 signatures", points[0].QuerySelector("title")!.TextContent);
        Assert.Null(page.QuerySelector("svg.support-map circle[data-country=MT]"));
        Assert.DoesNotContain("Too small", page.QuerySelector("#countries figcaption")!.TextContent);
    }

    [Fact]
    public async Task Countries_the_map_cannot_show_are_named_under_it_and_every_country_is_in_a_table()
    {
        var petition = await app.Seed.PetitionAsync();
        string[] countries = ["TV", "DE", "US", "CN", "JP", "IN", "BR", "KE", "TR", "NL", "SE", "NO"];
        await app.SignersAsync(petition, [.. Enumerable.Repeat(new Signer("GB"), 3), .. countries.Select(c => new Signer(c))]);

        var page = await _browser.GetDocumentAsync($"/campaigns/{petition.Slug}/tracking");

        Assert.Contains("Too small to show on the map, listed in the table: Tuvalu.", page.QuerySelector("#countries figcaption")!.TextContent);
        Assert.Equal(12, page.QuerySelectorAll("svg.support-map [data-country]").Length);
        Assert.Equal("Every country (13)", page.QuerySelector("#countries details summary")!.TextContent);
        var every = page.QuerySelectorAll("#countries details tbody tr").Select(Row).ToList();
        Assert.Equal(13, every.Count);
        Assert.Equal("United Kingdom | 3", every[0]);
        Assert.Contains("Tuvalu | 1", every);
        Assert.Equal("Other countries | 3", page.QuerySelectorAll("#countries-table tbody tr").Select(Row).Last());
    }

    [Fact]
    public async Task Case_map_adds_up_every_campaign_about_the_person()
    {
        var first = await app.Seed.PetitionAsync();
        var second = await app.Seed.PetitionAsync();
        var person = await app.CaseAsync("Wang Bingzhang", first, second);
        await app.SignersAsync(first, [.. Enumerable.Repeat(new Signer("CA"), 6)]);
        await app.SignersAsync(second, [.. Enumerable.Repeat(new Signer("CA"), 5)]);

        var page = await _browser.GetDocumentAsync($"/cases/{person.Slug}/tracking");

        Assert.Equal("map-shade-2", Shape(page, "CA").GetAttribute("class"));
        Assert.Equal("Canada: 11 signatures", Shape(page, "CA").QuerySelector("title")!.TextContent);
    }

    [Fact]
    public async Task Map_speaks_the_readers_language()
    {
        var petition = await app.Seed.PetitionAsync();
        await app.SignersAsync(petition, new Signer("GB"));

        var page = await _browser.GetDocumentAsync($"/campaigns/{petition.Slug}/tracking?lang=zh-Hant");

        var map = page.QuerySelector("svg.support-map")!;
        Assert.Equal("各國家/地區的連署人數", map.QuerySelector("title#map-title")!.TextContent);
        Assert.Equal("英國：1 人連署", Shape(page, "GB").QuerySelector("title")!.TextContent);
        Assert.Equal("英國 | 1", Row(page.QuerySelector("#countries-table tbody tr")!));
    }

    [Fact]
    public async Task Without_confirmed_signatures_there_is_no_map_only_a_sentence()
    {
        var petition = await app.Seed.PetitionAsync();

        var page = await _browser.GetDocumentAsync($"/campaigns/{petition.Slug}/tracking");

        Assert.Null(page.QuerySelector("svg.support-map"));
        Assert.Equal("No confirmed signatures yet.", page.QuerySelector("#countries p")!.TextContent);
    }

    private static AngleSharp.Dom.IElement Shape(IHtmlDocument page, string country) =>
        page.QuerySelector($"svg.support-map path[data-country={country}]")!;

    private static string Row(AngleSharp.Dom.IElement row) => string.Join(" | ", row.QuerySelectorAll("td").Select(td => td.TextContent));
}

public sealed class SupportMapOnTheConfiguredDatabaseTests(CampaignsAppFactory app) : SupportMapTests(app), IClassFixture<CampaignsAppFactory>;

public sealed class SupportMapOnSqliteTests(EmbeddedDatabaseAppFactory app) : SupportMapTests(app), IClassFixture<EmbeddedDatabaseAppFactory>;
