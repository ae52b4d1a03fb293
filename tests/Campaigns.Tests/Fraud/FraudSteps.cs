using System.Net;
using System.Net.Http.Json;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;

namespace Campaigns.Tests.Fraud;

public static class FraudSteps
{
    public static string AddressAt(string domain) => $"{Guid.NewGuid():N}"[..12] + "@" + domain;

    public static string UniqueDomain(string tag) => $"{tag}-{Guid.NewGuid():N}"[..(tag.Length + 9)] + ".example";

    public static async Task<(Infrastructure.Organizer Admin, HttpClient Api)> AdminApiAsync(this CampaignsAppFactory app)
    {
        var admin = await app.Seed.OrganizerAsync(role: Roles.Admin);
        return (admin, await app.Seed.ClientForAsync(admin));
    }

    public static async Task<HttpClient> SignedInBrowserAsync(this CampaignsAppFactory app, string role)
    {
        var account = await app.Seed.OrganizerAsync(role: role);
        var browser = app.CreateBrowser();
        browser.DefaultRequestHeaders.Accept.ParseAdd("text/html");
        await browser.SignInAsync(account);
        return browser;
    }

    /// <summary>Signs from the given client address without confirming.</summary>
    public static async Task SignFromAsync(this CampaignsAppFactory app, string slug, string address, string email)
    {
        var response = await app.CreateClientFrom(address).SignAsync(slug, new SignatureRequest(email));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
    }

    public static async Task<int> PublicCountAsync(this CampaignsAppFactory app, string slug)
    {
        await app.CountSignaturesAsync();
        var count = await app.CreateClient().GetFromJsonAsync<System.Text.Json.JsonElement>($"/api/campaigns/{slug}/count");
        return count.GetProperty("confirmed").GetInt32();
    }
}
