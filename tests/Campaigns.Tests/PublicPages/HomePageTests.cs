using System.Net;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Cases;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;

namespace Campaigns.Tests.PublicPages;

/// <summary>The front page speaks for the cause: what the site is, what can be signed now, and who it is for.</summary>
public class HomePageTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task Home_page_lists_open_campaigns_with_their_counts_and_deadlines_and_the_people_held_for_years()
    {
        var deadline = app.Clock.UtcNow.AddDays(20);
        var open = await app.Seed.PetitionAsync(c => (c.Title, c.SignatureCount, c.Deadline) = ("Free them now", 1234, deadline));
        var closed = await app.Seed.PetitionAsync(c => (c.Title, c.Status) = ("Already closed", CampaignStatus.Closed));
        var organizer = await app.Seed.OrganizerAsync();
        var person = (await (await app.Seed.ClientForAsync(organizer)).CreateCaseAsync(CaseSteps.NewCase("Wang Bingzhang"))).Slug();

        var page = await app.CreateBrowser().GetPageAsync("/");

        Assert.Contains("Free people detained for their peaceful work", page.QuerySelector("h1")!.TextContent);
        var campaign = page.QuerySelector($".home-campaigns a[href='/campaigns/{open.Slug}']")!.Closest("li")!;
        Assert.Contains("1,234 signatures", campaign.TextContent);
        Assert.Contains($"Closes on {deadline:d MMMM yyyy}", campaign.TextContent);
        Assert.Null(page.QuerySelector($"a[href='/campaigns/{closed.Slug}']"));
        var held = page.QuerySelector($".case-list a[href='/cases/{person}']")!.Closest("li")!;
        Assert.Equal("WB", held.QuerySelector(".portrait-none")!.TextContent);
        Assert.Contains("Detained", held.TextContent);
        Assert.Equal($"held for {YearsSince(new DateOnly(2002, 6, 27))} years", held.QuerySelector(".years-held")!.TextContent);
    }

    [Fact]
    public async Task Head_request_for_the_home_page_answers_ok()
    {
        var response = await app.CreateClient().SendAsync(new HttpRequestMessage(HttpMethod.Head, "/"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Every_page_links_the_site_icon_and_favicon_ico_leads_to_it()
    {
        var client = app.CreateBrowser();

        var page = await client.GetPageAsync("/campaigns");
        var icon = page.QuerySelector("link[rel=icon]")!.GetAttribute("href")!;
        var svg = await client.GetAsync(icon);
        var ico = await client.GetAsync("/favicon.ico");

        Assert.Equal("/favicon.svg", icon);
        Assert.Equal(("image/svg+xml", HttpStatusCode.OK), (svg.Content.Headers.ContentType!.MediaType, svg.StatusCode));
        Assert.Equal((HttpStatusCode.MovedPermanently, "/favicon.svg"), (ico.StatusCode, ico.Headers.Location!.OriginalString));
    }

    private int YearsSince(DateOnly since)
    {
        var today = DateOnly.FromDateTime(app.Clock.UtcNow);
        var years = today.Year - since.Year;
        return since.AddYears(years) > today ? years - 1 : years;
    }
}
