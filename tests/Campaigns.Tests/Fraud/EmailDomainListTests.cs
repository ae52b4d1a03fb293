using System.Net;
using System.Net.Http.Json;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Following;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Fraud;

public class EmailDomainListTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task Signing_from_a_disposable_domain_is_refused_with_a_field_error_and_writes_nothing()
    {
        var petition = await app.Seed.PetitionAsync();
        var address = FraudSteps.AddressAt("mailinator.com");

        var response = await app.CreateClient().SignAsync(petition.Slug, new SignatureRequest(address));

        var messages = await Problems.AssertFieldErrorAsync(response, "email");
        Assert.Contains(messages, m => m.Contains("email domain"));
        Assert.False(await SignedAsync(address));
        Assert.Equal(0, await app.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.Payload.Contains(address) || m.DeliveryKey.Contains(address))));
    }

    [Fact]
    public async Task The_signing_form_shows_the_refusal_beside_the_email_field()
    {
        var petition = await app.Seed.PetitionAsync();
        var browser = app.CreatePageClient();
        var address = FraudSteps.AddressAt("sub.yopmail.com");

        var response = await browser.SubmitFormAsync($"/campaigns/{petition.Slug}", $"/campaigns/{petition.Slug}/sign", new Dictionary<string, string>
        {
            ["Name"] = "Ada Lovelace", ["Email"] = address, ["Country"] = "GB",
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("Addresses at this email domain are not accepted", (await response.ParseAsync()).Body!.TextContent);
        Assert.False(await SignedAsync(address));
    }

    [Fact]
    public async Task A_domain_an_admin_blocks_is_refused_and_one_an_admin_allows_signs_even_if_disposable()
    {
        var petition = await app.Seed.PetitionAsync();
        var (_, api) = await app.AdminApiAsync();
        var blocked = FraudSteps.UniqueDomain("spam");

        Assert.Equal(HttpStatusCode.NoContent, (await api.PutAsJsonAsync($"/api/admin/email-domains/{blocked}", new { verdict = "block" })).StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await api.PutAsJsonAsync("/api/admin/email-domains/trashmail.de", new { verdict = "allow" })).StatusCode);
        await Problems.AssertFieldErrorAsync(await api.PutAsJsonAsync("/api/admin/email-domains/not-a-domain", new { verdict = "block" }), "domain");
        await Problems.AssertFieldErrorAsync(await api.PutAsJsonAsync("/api/admin/email-domains/example.net", new { verdict = "maybe" }), "verdict");

        var refused = await app.CreateClient().SignAsync(petition.Slug, new SignatureRequest(FraudSteps.AddressAt(blocked)));
        var allowed = await app.CreateClient().SignAsync(petition.Slug, new SignatureRequest(FraudSteps.AddressAt("trashmail.de")));
        var ordinary = await app.CreateClient().SignAsync(petition.Slug, new SignatureRequest(Emails.Unique()));

        await Problems.AssertFieldErrorAsync(refused, "email");
        Assert.Equal(HttpStatusCode.Accepted, allowed.StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, ordinary.StatusCode);
        var lists = await api.GetFromJsonAsync<System.Text.Json.JsonElement>("/api/admin/email-domains");
        Assert.Contains(lists.GetProperty("blocked").EnumerateArray(), r => r.GetProperty("domain").GetString() == blocked);
        Assert.Equal(HttpStatusCode.NoContent, (await api.DeleteAsync($"/api/admin/email-domains/{blocked}")).StatusCode);
        Assert.Equal(HttpStatusCode.Accepted, (await app.CreateClient().SignAsync(petition.Slug, new SignatureRequest(FraudSteps.AddressAt(blocked)))).StatusCode);
    }

    [Fact]
    public async Task Following_a_case_from_a_disposable_domain_is_refused_and_writes_nothing()
    {
        var person = await app.CaseAsync();
        var address = FraudSteps.AddressAt("guerrillamail.com");

        var response = await app.CreateClient().PostAsJsonAsync($"/api/cases/{person.Slug}/followers", new { email = address });

        await Problems.AssertFieldErrorAsync(response, "email");
        Assert.False(await app.WithDbAsync(db => db.Followers.AnyAsync(f => f.Email == address)));
    }

    [Fact]
    public async Task Admins_edit_the_lists_on_their_page()
    {
        var admin = await app.SignedInBrowserAsync(Roles.Admin);
        var domain = FraudSteps.UniqueDomain("page");
        var page = await admin.GetPageAsync("/admin/email-domains");

        var added = await admin.SubmitAsync(page, "/admin/email-domains", new Dictionary<string, string> { ["domain"] = domain, ["verdict"] = "block" });
        var invalid = await admin.SubmitAsync(page, "/admin/email-domains", new Dictionary<string, string> { ["domain"] = "", ["verdict"] = "block" });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
        Assert.Contains(domain, (await admin.GetPageAsync("/admin/email-domains")).QuerySelector("#blocked + table")!.TextContent);
    }

    private Task<bool> SignedAsync(string address) =>
        app.WithDbAsync(db => db.Signatures.AnyAsync(s => s.Email == address));
}
