using System.Net;
using System.Net.Http.Headers;
using System.Text;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Organizer;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Targets;

/// <summary>The import takes files larger than other requests may be; Kestrel enforces the limits, so these go over a real socket.</summary>
public class TargetImportSizeTests(KestrelAppFactory app) : IClassFixture<KestrelAppFactory>
{
    [Fact]
    public async Task A_file_of_a_thousand_targets_larger_than_other_requests_imports()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var client = await ClientAsync(organizer);
        var rows = Enumerable.Range(1, 1000).Select(i => $"Official {i},Minister,Ministry,CN,official{i}@example.org,,{new string('x', 300)}");

        var response = await client.PostAsync("/api/organizer/targets/import", Csv(TargetSteps.Csv(["name,title,organisation,country,email,postal_address,notes", .. rows])));

        Assert.Equal(1000, (await response.JsonAsync(HttpStatusCode.Created)).GetProperty("created").GetInt32());
        Assert.Equal(1000, await app.WithDbAsync(db => db.Targets.CountAsync(t => t.OrganisationId == organizer.OrganisationId)));
    }

    [Fact]
    public async Task A_file_over_one_megabyte_is_a_413_problem()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var client = await ClientAsync(organizer);

        var response = await client.PostAsync("/api/organizer/targets/import", Csv("name,notes\n" + new string('x', 1200 * 1024)));

        await Problems.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, await app.WithDbAsync(db => db.Targets.CountAsync(t => t.OrganisationId == organizer.OrganisationId)));
    }

    private async Task<HttpClient> ClientAsync(Infrastructure.Organizer organizer)
    {
        var client = new HttpClient { BaseAddress = app.ServerAddress };
        client.DefaultRequestHeaders.Authorization = (await app.Seed.ClientForAsync(organizer)).DefaultRequestHeaders.Authorization;
        return client;
    }

    private static ByteArrayContent Csv(string text)
    {
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(text));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        return content;
    }
}
