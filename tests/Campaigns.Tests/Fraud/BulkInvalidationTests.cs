using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;

namespace Campaigns.Tests.Fraud;

public class BulkInvalidationTests(FraudAppFactory app) : IClassFixture<FraudAppFactory>
{
    [Fact]
    public async Task Invalidating_an_ip_hash_drops_the_count_and_the_export_and_undo_restores_them()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var petition = await app.Seed.PetitionAsync(owner: organizer);
        var genuine = Emails.Unique();
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(genuine), app.CreateClientFrom("198.51.100.9"));
        var bots = new List<string>();
        var botLinks = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            bots.Add(Emails.Unique("bot"));
            var email = await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(bots[^1]), app.CreateClientFrom("203.0.113.99"));
            botLinks.Add(email.ConfirmationToken);
        }
        Assert.Equal(4, await app.PublicCountAsync(petition.Slug));
        var (_, api) = await app.AdminApiAsync();
        var botHash = (await api.GetFromJsonAsync<JsonElement>($"/api/admin/campaigns/{petition.Slug}/sources"))
            .GetProperty("ipHashes")[0].GetProperty("key").GetString()!;
        var admin = await app.SignedInBrowserAsync(Roles.Admin);
        var page = await admin.GetPageAsync($"/admin/campaigns/{petition.Slug}/sources");

        var invalidated = await admin.SubmitAsync(page, $"/admin/campaigns/{petition.Slug}/invalidations",
            new Dictionary<string, string> { ["IpHash"] = botHash, ["Reason"] = "Scripted signing from one address" });

        Assert.Equal(HttpStatusCode.Redirect, invalidated.StatusCode);
        Assert.Equal(1, await app.PublicCountAsync(petition.Slug));
        await app.ReconcileCountsAsync();
        Assert.Equal(1, await app.PublicCountAsync(petition.Slug));
        Assert.Equal([genuine], await ExportedEmailsAsync(organizer, petition.Slug));
        Assert.Equal(HttpStatusCode.NotFound, (await app.CreateClient().ConfirmAsync(botLinks[0])).StatusCode);
        Assert.Equal(1, await app.PublicCountAsync(petition.Slug));
        var history = await admin.GetPageAsync($"/admin/campaigns/{petition.Slug}/sources");
        var row = history.QuerySelector("tr.invalidation")!;
        Assert.Contains("Scripted signing from one address", row.TextContent);
        Assert.Contains("3 matched, 3 counted", row.TextContent);

        var undo = row.QuerySelector("form")!.GetAttribute("action")!;
        Assert.Equal(HttpStatusCode.Redirect, (await admin.SubmitAsync(history, undo)).StatusCode);

        Assert.Equal(4, await app.PublicCountAsync(petition.Slug));
        Assert.Equal([.. bots.Append(genuine).Order()], (await ExportedEmailsAsync(organizer, petition.Slug)).Order());
        Assert.Contains("Undone", (await admin.GetPageAsync($"/admin/campaigns/{petition.Slug}/sources")).QuerySelector("tr.invalidation")!.TextContent);
    }

    [Fact]
    public async Task Criteria_combine_and_a_reason_is_required()
    {
        var petition = await app.Seed.PetitionAsync();
        var domain = FraudSteps.UniqueDomain("combo");
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(FraudSteps.AddressAt(domain), Country: "GB"));
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(FraudSteps.AddressAt(domain), Country: "FR"));
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(Emails.Unique(), Country: "GB"));
        var (_, api) = await app.AdminApiAsync();
        var url = $"/api/admin/campaigns/{petition.Slug}/invalidations";

        await Problems.AssertFieldErrorAsync(await api.PostAsJsonAsync(url, new { emailDomain = domain }), "reason");
        await Problems.AssertFieldErrorAsync(await api.PostAsJsonAsync(url, new { reason = "No criteria" }), "criteria");
        var done = await api.PostAsJsonAsync(url, new { emailDomain = domain, country = "GB", reason = "One domain from one country" });

        Assert.Equal(HttpStatusCode.Created, done.StatusCode);
        var invalidation = await done.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, invalidation.GetProperty("counted").GetInt32());
        Assert.Equal(2, await app.PublicCountAsync(petition.Slug));
        var id = invalidation.GetProperty("id").GetString();
        Assert.Equal(HttpStatusCode.NoContent, (await api.PostAsync($"/api/admin/invalidations/{id}/undo", null)).StatusCode);
        await Problems.AssertProblemAsync(await api.PostAsync($"/api/admin/invalidations/{id}/undo", null), HttpStatusCode.NotFound);
        Assert.Equal(3, await app.PublicCountAsync(petition.Slug));
    }

    private async Task<List<string>> ExportedEmailsAsync(Infrastructure.Organizer organizer, string slug)
    {
        var client = await app.Seed.ClientForAsync(organizer);
        var csv = await client.GetStringAsync($"/api/organizer/campaigns/{slug}/signatures.csv");
        return csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1)
            .Select(line => line.Split(',').Single(cell => cell.Contains('@')).Trim('"'))
            .ToList();
    }
}
