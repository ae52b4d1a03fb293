using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using AngleSharp.Html.Dom;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Counting;

/// <summary>
/// Every seeded campaign shows one number everywhere: the list, its page, the organizer's dashboard and manage page,
/// the tracking page, the embed, the badge and the API, read in the language the visitor chose.
/// </summary>
public sealed class CountConsistencyTests : IAsyncLifetime
{
    private readonly CampaignsAppFactory _app = CampaignsAppFactory.Create(new AppOptions
    {
        Settings = new Dictionary<string, string> { ["Campaigns:SeedDemoData"] = "true" },
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Theory]
    [InlineData("en")]
    [InlineData("zh-Hant")]
    public async Task Every_surface_shows_the_same_count_for_every_seeded_campaign(string language)
    {
        var culture = CultureInfo.GetCultureInfo(language);
        var visitor = Client(language);
        var organizer = await OrganizerOfEveryDemoOrganisationAsync(language);
        var list = await visitor.GetFromJsonAsync<JsonElement>("/api/campaigns?pageSize=100");
        var listPage = await visitor.GetPageAsync($"/campaigns?lang={language}");
        var dashboard = await organizer.GetPageAsync($"/organizer?lang={language}");
        var campaigns = list.GetProperty("items").EnumerateArray().ToList();
        Assert.Contains(campaigns, c => c.GetProperty("slug").GetString() == "free-huang-xueqin-and-wang-jianbing");

        foreach (var item in campaigns)
        {
            var slug = item.GetProperty("slug").GetString()!;
            var expected = item.GetProperty("support").GetProperty("total").GetInt32();
            var shown = new Dictionary<string, int>
            {
                ["API list"] = item.GetProperty("signatureCount").GetInt32(),
                ["API campaign"] = (await visitor.GetFromJsonAsync<JsonElement>($"/api/campaigns/{slug}")).GetProperty("signatureCount").GetInt32(),
                ["API count"] = (await visitor.GetFromJsonAsync<JsonElement>($"/api/campaigns/{slug}/count")).GetProperty("confirmed").GetInt32(),
                ["API counts"] = (await visitor.GetFromJsonAsync<JsonElement>($"/api/campaigns/{slug}/counts")).GetProperty("total").GetInt32(),
                ["list"] = Number(ListEntry(listPage, slug), culture),
                ["page"] = Number((await visitor.GetPageAsync($"/campaigns/{slug}?lang={language}")).QuerySelector("#support .count")?.TextContent, culture),
                ["dashboard"] = Number(DashboardRow(dashboard, slug).QuerySelector("td.support")?.TextContent, culture),
                ["manage"] = Number((await organizer.GetPageAsync($"/organizer/campaigns/{slug}?lang={language}")).QuerySelector("#confirmed-count")?.TextContent, culture),
                ["tracking"] = Number((await visitor.GetPageAsync($"/campaigns/{slug}/tracking?lang={language}")).QuerySelector("[data-live=total]")?.TextContent, culture),
                ["embed"] = Number((await visitor.GetPageAsync($"/embed/campaigns/{slug}?lang={language}")).QuerySelector("[data-live=total]")?.TextContent, culture),
                ["badge"] = Number(BadgeTitle(await visitor.GetStringAsync($"/campaigns/{slug}/badge.svg?lang={language}")), culture),
            };
            Assert.All(shown, surface => Assert.True(surface.Value == expected, $"{slug}: {surface.Key} shows {surface.Value}, not {expected}"));
        }
    }

    [Fact]
    public async Task Historical_supporters_are_counted_everywhere_and_shown_apart()
    {
        var visitor = Client("en");
        var organizer = await OrganizerOfEveryDemoOrganisationAsync("en");

        var page = await visitor.GetPageAsync("/campaigns/release-wang-bingzhang-2013");
        var manage = await organizer.GetPageAsync("/organizer/campaigns/release-wang-bingzhang-2013");
        var counts = await visitor.GetFromJsonAsync<JsonElement>("/api/campaigns/release-wang-bingzhang-2013/counts");

        Assert.StartsWith("1,030 people have signed", Text(page.QuerySelector("#support")));
        Assert.Contains("of which 1,030 before this site, as of 8 April 2013", Text(page.QuerySelector("#support")));
        Assert.Contains("of which 1,030 before this site", Text(manage.QuerySelector("#support")));
        Assert.Equal((1030, 1030, 0), (counts.GetProperty("total").GetInt32(), counts.GetProperty("historical").GetInt32(), counts.GetProperty("online").GetInt32()));
    }

    [Fact]
    public async Task A_joint_statement_counts_its_co_signing_organisations()
    {
        var visitor = Client("en");

        var page = await visitor.GetPageAsync("/campaigns/free-huang-xueqin-and-wang-jianbing");
        var list = await visitor.GetPageAsync("/campaigns");
        var badge = await visitor.GetStringAsync("/campaigns/free-huang-xueqin-and-wang-jianbing/badge.svg");

        Assert.Equal("32 organisations have co-signed", Text(page.QuerySelector("#support")));
        Assert.Contains("32 organisations", ListEntry(list, "free-huang-xueqin-and-wang-jianbing"));
        Assert.Equal("32 organisations", BadgeTitle(badge));
    }

    [Fact]
    public async Task Milestones_passed_before_this_site_carry_the_date_of_the_historical_figure()
    {
        var tracking = await Client("en").GetPageAsync("/campaigns/release-wang-bingzhang-2013/tracking");

        var milestones = tracking.QuerySelectorAll(".milestones li").Select(Text).ToList();

        Assert.Equal(["1,000 reached on 8 April 2013, before this site", "500 reached on 8 April 2013, before this site",
            "100 reached on 8 April 2013, before this site"], milestones);
    }

    private HttpClient Client(string language)
    {
        var client = _app.CreateBrowser();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd(language);
        return client;
    }

    private async Task<HttpClient> OrganizerOfEveryDemoOrganisationAsync(string language)
    {
        var organizer = await _app.Seed.OrganizerAsync();
        await _app.WithDbAsync(async db =>
        {
            foreach (var id in await db.Organisations.Where(o => o.Id != organizer.OrganisationId).Select(o => o.Id).ToListAsync())
            {
                db.Add(new OrganisationMember { OrganisationId = id, UserId = organizer.UserId, JoinedAt = DateTime.UtcNow });
            }
            await db.SaveChangesAsync();
        });
        var client = Client(language);
        Assert.Equal(HttpStatusCode.Redirect, (await client.SignInAsync(organizer.Email, organizer.Password)).StatusCode);
        return client;
    }

    private static string ListEntry(IHtmlDocument list, string slug) =>
        list.QuerySelector($"a[href='/campaigns/{slug}']")!.Closest("li")!.QuerySelector(".support")!.TextContent;

    private static AngleSharp.Dom.IElement DashboardRow(IHtmlDocument dashboard, string slug) =>
        dashboard.QuerySelector($"#my-campaigns a[href='/organizer/campaigns/{slug}']")!.Closest("tr")!;

    private static string BadgeTitle(string svg) =>
        System.Xml.Linq.XDocument.Parse(svg).Descendants().First(e => e.Name.LocalName == "title").Value;

    private static string Text(AngleSharp.Dom.IElement? element) => SurfaceNumbers.Words(element);

    private static int Number(string? text, CultureInfo culture) => SurfaceNumbers.Parse(text, culture);
}
