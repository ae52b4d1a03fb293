using System.Net;
using System.Net.Http.Json;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;

namespace Campaigns.Tests.Fraud;

public class FraudAuthorizationTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    private static readonly (string Method, string Path)[] ApiEndpoints =
    [
        ("GET", "/api/admin/campaigns/{0}/sources"),
        ("GET", "/api/admin/campaigns/{0}/invalidations"),
        ("POST", "/api/admin/campaigns/{0}/invalidations"),
        ("POST", "/api/admin/invalidations/0190a5c4-0000-7000-8000-000000000000/undo"),
        ("GET", "/api/admin/email-domains"),
        ("PUT", "/api/admin/email-domains/example.net"),
        ("DELETE", "/api/admin/email-domains/example.net"),
    ];

    private static readonly (string Method, string Path)[] Pages =
    [
        ("GET", "/admin/campaigns"),
        ("GET", "/admin/campaigns/{0}/sources"),
        ("POST", "/admin/campaigns/{0}/invalidations"),
        ("POST", "/admin/invalidations/0190a5c4-0000-7000-8000-000000000000/undo"),
        ("GET", "/admin/email-domains"),
        ("POST", "/admin/email-domains"),
        ("POST", "/admin/email-domains/example.net/remove"),
    ];

    [Fact]
    public async Task An_organizer_is_refused_every_fraud_endpoint_even_for_their_own_campaign()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var petition = await app.Seed.PetitionAsync(owner: organizer);
        var api = await app.Seed.ClientForAsync(organizer);
        var browser = app.CreateBrowser();
        browser.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        await browser.SignInAsync(organizer.Email, organizer.Password);

        foreach (var (method, path) in ApiEndpoints)
        {
            var response = await SendAsync(api, method, string.Format(path, petition.Slug));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {path}: {(int)response.StatusCode}");
        }
        foreach (var (method, path) in Pages.Where(p => p.Method == "GET"))
        {
            var response = await SendAsync(browser, method, string.Format(path, petition.Slug));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {path}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task Anyone_not_signed_in_gets_401_from_the_api_and_is_sent_to_sign_in_from_the_pages()
    {
        var petition = await app.Seed.PetitionAsync();
        var browser = app.CreateBrowser();
        browser.DefaultRequestHeaders.Accept.ParseAdd("text/html");

        foreach (var (method, path) in ApiEndpoints)
        {
            var response = await SendAsync(app.CreateClient(), method, string.Format(path, petition.Slug));
            Assert.True(response.StatusCode == HttpStatusCode.Unauthorized, $"{method} {path}: {(int)response.StatusCode}");
        }
        foreach (var (method, path) in Pages.Where(p => p.Method == "GET"))
        {
            var response = await SendAsync(browser, method, string.Format(path, petition.Slug));
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("/account/login", response.Headers.Location?.PathAndQuery);
        }
    }

    [Fact]
    public async Task Posting_a_page_form_without_admin_rights_changes_nothing()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var petition = await app.Seed.PetitionAsync(owner: organizer);
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(Emails.Unique()));
        var browser = app.CreateBrowser();
        await browser.SignInAsync(organizer.Email, organizer.Password);
        var token = (await browser.GetPageAsync("/organizer")).QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value") ?? "";

        foreach (var (method, path) in Pages.Where(p => p.Method == "POST"))
        {
            var response = await browser.PostAsync(string.Format(path, petition.Slug), new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["Country"] = "GB", ["Reason"] = "not mine to give", ["domain"] = "example.net", ["verdict"] = "block",
            }));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"{method} {path}: {(int)response.StatusCode}");
        }
        await app.CountSignaturesAsync();
        Assert.Equal(1, (await app.Seed.FindCampaignAsync(petition.Slug))!.SignatureCount);
        Assert.Equal(0, await app.WithDbAsync(db => Task.FromResult(db.EmailDomainRules.Count())));
    }

    private static Task<HttpResponseMessage> SendAsync(HttpClient client, string method, string path) => method switch
    {
        "GET" => client.GetAsync(path),
        "DELETE" => client.DeleteAsync(path),
        "PUT" => client.PutAsJsonAsync(path, new { verdict = "block" }),
        _ => client.PostAsJsonAsync(path, new { reason = "test", country = "GB" }),
    };
}
