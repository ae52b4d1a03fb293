using System.Net;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.Api;

/// <summary>The API reference at /api/docs is public, linked from every page, and only its path relaxes the CSP.</summary>
public class ApiReferenceTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    private const string StrictScripts = "script-src 'self';";

    [Fact]
    public async Task Api_reference_is_served_from_the_site_with_its_own_relaxed_policy_and_the_rest_stays_strict()
    {
        var client = app.CreateClient();

        var docs = await client.GetAsync("/api/docs");
        var html = await docs.Content.ReadAsStringAsync();
        var home = await client.GetAsync("/campaigns");

        Assert.Equal(HttpStatusCode.OK, docs.StatusCode);
        Assert.Contains("api/openapi.json", html);
        var script = await client.GetAsync("/api/docs/scalar.js");
        Assert.Equal(HttpStatusCode.OK, script.StatusCode);
        Assert.DoesNotContain("https://", html);
        var docsPolicy = Policy(docs);
        Assert.Contains("script-src 'self' 'unsafe-inline';", docsPolicy);
        Assert.Contains("connect-src 'self';", docsPolicy);
        Assert.DoesNotContain("http", docsPolicy);
        Assert.Contains(StrictScripts, Policy(home));
        Assert.Contains("style-src 'self';", Policy(home));
        Assert.DoesNotContain("unsafe-inline", Policy(await client.GetAsync("/api/openapi.json")));
    }

    [Fact]
    public async Task Footer_links_to_the_api_reference()
    {
        var page = await app.CreateBrowser().GetPageAsync("/campaigns");

        Assert.NotNull(page.QuerySelector(".site-footer a[href='/api/docs']"));
    }

    private static string Policy(HttpResponseMessage response) =>
        string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
}
