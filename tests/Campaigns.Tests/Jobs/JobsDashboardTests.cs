using System.Net;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;

namespace Campaigns.Tests.Jobs;

/// <summary>Hangfire's dashboard at /admin/jobs: for admins only, and within the site's strict Content-Security-Policy.</summary>
public class JobsDashboardTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task Anyone_not_signed_in_is_sent_to_sign_in()
    {
        var response = await app.CreateBrowser().GetAsync("/admin/jobs");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery);
    }

    [Fact]
    public async Task An_organizer_gets_403()
    {
        var browser = await SignedInAsync(Roles.Organizer);

        var response = await browser.GetAsync("/admin/jobs");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("Not allowed", (await response.ParseAsync()).Text());
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/admin/jobs/recurring")).StatusCode);
    }

    [Fact]
    public async Task An_admin_sees_the_dashboard_and_the_recurring_jobs()
    {
        var browser = await SignedInAsync(Roles.Admin);

        var dashboard = await browser.GetAsync("/admin/jobs");
        var recurring = await browser.GetAsync("/admin/jobs/recurring");

        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("Campaigns jobs", await dashboard.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, recurring.StatusCode);
    }

    [Fact]
    public async Task The_dashboard_loads_nothing_the_content_security_policy_forbids()
    {
        var browser = await SignedInAsync(Roles.Admin);

        var response = await browser.GetAsync("/admin/jobs");
        var page = await response.ParseAsync();

        Assert.Contains("script-src 'self'", response.Headers.GetValues("Content-Security-Policy").Single());
        Assert.All(page.Scripts, s => Assert.False(string.IsNullOrEmpty(s.Source), $"inline script: {s.Text[..Math.Min(80, s.Text.Length)]}"));
        Assert.All(page.Scripts, s => Assert.StartsWith("/admin/jobs/", s.Source));
        Assert.Empty(page.QuerySelectorAll("style"));
        Assert.Empty(page.QuerySelectorAll("[style]"));
        foreach (var asset in page.Scripts.Select(s => s.Source!).Concat(page.QuerySelectorAll("link[rel=stylesheet]").Select(l => l.GetAttribute("href")!)))
        {
            Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync(asset)).StatusCode);
        }
    }

    [Fact]
    public async Task The_outbox_page_links_to_the_dashboard()
    {
        var browser = await SignedInAsync(Roles.Admin);

        var page = await browser.GetPageAsync("/admin/outbox");

        Assert.NotNull(page.QuerySelector("a[href='/admin/jobs']"));
    }

    private async Task<HttpClient> SignedInAsync(string role)
    {
        var account = await app.Seed.OrganizerAsync(role: role);
        var browser = app.CreateBrowser();
        browser.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        await browser.SignInAsync(account);
        return browser;
    }
}
