using System.Net;
using System.Net.Http.Headers;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.Errors;

public class ErrorPagesTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task Unknown_campaign_page_shows_a_not_found_page_with_a_way_back()
    {
        var response = await BrowserGetAsync("/campaigns/nope");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.ParseAsync();
        Assert.Contains("Page not found", page.Title);
        Assert.NotNull(page.QuerySelector("main a[href='/campaigns']"));
    }

    [Fact]
    public async Task Unknown_campaign_in_the_api_is_still_a_problem_document_even_for_a_browser()
    {
        var response = await BrowserGetAsync("/api/campaigns/nope");

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Unknown_api_route_answers_a_problem_document()
    {
        await Problems.AssertProblemAsync(await app.CreateClient().GetAsync("/api/nothing-here"), HttpStatusCode.NotFound);
    }

    private Task<HttpResponseMessage> BrowserGetAsync(string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("*/*", 0.8));
        return app.CreateBrowser().SendAsync(request);
    }
}
