using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;

namespace Campaigns.Tests.Organizer;

public class SignatureExportTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task Organizer_sees_confirmed_and_pending_signatures_with_emails_newest_first()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var petition = await app.Seed.PetitionAsync(owner: organizer);
        var confirmed = Emails.Unique();
        var pending = Emails.Unique();
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(confirmed, Name: "Huang Xueqin", Country: "CN", City: "Guangzhou"));
        app.Clock.Advance(TimeSpan.FromSeconds(1));
        await app.CreateClient().SignAsync(petition.Slug, new SignatureRequest(pending, Name: "Ada Lovelace", EmailUpdates: true));
        var client = await app.Seed.ClientForAsync(organizer);

        var all = await client.GetFromJsonAsync<JsonElement>($"/api/organizer/campaigns/{petition.Slug}/signatures");
        var onlyConfirmed = await client.GetFromJsonAsync<JsonElement>($"/api/organizer/campaigns/{petition.Slug}/signatures?status=confirmed");
        var onlyPending = await client.GetFromJsonAsync<JsonElement>($"/api/organizer/campaigns/{petition.Slug}/signatures?status=pending");

        Assert.Equal([pending, confirmed], EmailsIn(all));
        Assert.Equal(2, all.GetProperty("total").GetInt32());
        Assert.Equal([confirmed], EmailsIn(onlyConfirmed));
        Assert.Equal([pending], EmailsIn(onlyPending));
        var signer = onlyConfirmed.GetProperty("items")[0];
        Assert.Equal("Huang Xueqin", signer.GetProperty("name").GetString());
        Assert.Equal("Guangzhou", signer.GetProperty("city").GetString());
        Assert.Equal(JsonValueKind.String, signer.GetProperty("confirmedAt").ValueKind);
        Assert.Equal(JsonValueKind.Null, onlyPending.GetProperty("items")[0].GetProperty("confirmedAt").ValueKind);
        Assert.True(onlyPending.GetProperty("items")[0].GetProperty("emailUpdates").GetBoolean());
    }

    [Fact]
    public async Task Signature_list_pages_through_signatures()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var petition = await app.Seed.PetitionAsync(owner: organizer);
        await InsertSignaturesAsync(petition.Id, Enumerable.Range(1, 5).Select(i => $"Signer {i}").ToArray());
        var client = await app.Seed.ClientForAsync(organizer);

        var page2 = await client.GetFromJsonAsync<JsonElement>($"/api/organizer/campaigns/{petition.Slug}/signatures?page=2&pageSize=2");

        Assert.Equal(["Signer 3", "Signer 2"], page2.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("name").GetString()));
        Assert.Equal(5, page2.GetProperty("total").GetInt32());
    }

    [Theory]
    [InlineData("status=everyone", "status")]
    [InlineData("pageSize=201", "pageSize")]
    [InlineData("page=0", "page")]
    public async Task Signature_list_rejects_bad_query_parameters(string query, string field)
    {
        var organizer = await app.Seed.OrganizerAsync();
        var petition = await app.Seed.PetitionAsync(owner: organizer);
        var client = await app.Seed.ClientForAsync(organizer);

        await Problems.AssertFieldErrorAsync(await client.GetAsync($"/api/organizer/campaigns/{petition.Slug}/signatures?{query}"), field);
    }

    [Fact]
    public async Task Export_neutralizes_spreadsheet_formulas_and_keeps_names_in_any_script()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var petition = await app.Seed.PetitionAsync(owner: organizer);
        // The signing form refuses such names, so only a row written some other way could carry one.
        await InsertSignaturesAsync(petition.Id, "=HYPERLINK(\"http://x\")", "王炳章", "@SUM(A1)");
        await InsertSignatureAsync(petition.Id, "Comment Writer", comment: "-2+3");
        var client = await app.Seed.ClientForAsync(organizer);

        var response = await client.GetAsync($"/api/organizer/campaigns/{petition.Slug}/signatures.csv");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"{petition.Slug}-signatures.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var csv = Encoding.UTF8.GetString(await response.Content.ReadAsByteArrayAsync()).TrimStart('\uFEFF');
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("name,email,country,city,comment,public_name,email_updates,signed_at,confirmed_at,signature_id", lines[0]);
        Assert.Contains(lines, l => l.StartsWith("\"'=HYPERLINK(\"\"http://x\"\")\","));
        Assert.Contains(lines, l => l.StartsWith("王炳章,"));
        Assert.Contains(lines, l => l.StartsWith("'@SUM(A1),"));
        Assert.Contains(lines, l => l.Contains(",'-2+3,"));
        Assert.DoesNotContain(lines.Skip(1), l => l[0] is '=' or '@' or '+' or '-');
    }

    [Fact]
    public async Task Export_holds_confirmed_signatures_unless_all_are_asked_for()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var petition = await app.Seed.PetitionAsync(owner: organizer);
        var confirmed = Emails.Unique();
        var pending = Emails.Unique();
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(confirmed));
        await app.CreateClient().SignAsync(petition.Slug, new SignatureRequest(pending));
        var client = await app.Seed.ClientForAsync(organizer);

        var byDefault = await client.GetStringAsync($"/api/organizer/campaigns/{petition.Slug}/signatures.csv");
        var all = await client.GetStringAsync($"/api/organizer/campaigns/{petition.Slug}/signatures.csv?status=all");

        Assert.Contains(confirmed, byDefault);
        Assert.DoesNotContain(pending, byDefault);
        Assert.Contains(confirmed, all);
        Assert.Contains(pending, all);
    }

    private static List<string?> EmailsIn(JsonElement page) =>
        page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("email").GetString()).ToList();

    private async Task InsertSignaturesAsync(Guid campaignId, params string[] names)
    {
        foreach (var name in names)
        {
            await InsertSignatureAsync(campaignId, name);
            app.Clock.Advance(TimeSpan.FromSeconds(1));
        }
    }

    private Task InsertSignatureAsync(Guid campaignId, string name, string? comment = null) => app.WithDbAsync(async db =>
    {
        var email = Emails.Unique();
        db.Signatures.Add(new Signature
        {
            CampaignId = campaignId, Name = name, Email = email, EmailNormalized = email, Country = "CN",
            Comment = comment, NameDisplay = NameDisplay.Full, CreatedAt = app.Clock.UtcNow, ConfirmedAt = app.Clock.UtcNow,
        });
        await db.SaveChangesAsync();
    });
}
