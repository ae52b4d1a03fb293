using System.Net;
using System.Net.Http.Json;
using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Organizer;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Targets;

public class TargetAuthorizationTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    public static TheoryData<string, string> TargetRoutes => new()
    {
        { "GET", "/api/organizer/targets/{0}" },
        { "PUT", "/api/organizer/targets/{0}" },
        { "DELETE", "/api/organizer/targets/{0}" },
        { "POST", "/api/organizer/targets/{0}/restore" },
    };

    public static TheoryData<string, string> DirectoryRoutes => new()
    {
        { "GET", "/api/organizer/targets" },
        { "POST", "/api/organizer/targets" },
        { "POST", "/api/organizer/targets/import" },
        { "GET", "/api/organizer/targets/import-template.csv" },
        { "GET", "/api/organizer/targets/{0}" },
        { "PUT", "/api/organizer/targets/{0}" },
        { "DELETE", "/api/organizer/targets/{0}" },
        { "POST", "/api/organizer/targets/{0}/restore" },
    };

    [Theory]
    [MemberData(nameof(DirectoryRoutes))]
    public async Task Directory_routes_answer_401_without_credentials(string method, string route)
    {
        var response = await app.CreateClient().SendAsync(Request(method, route, Guid.NewGuid()));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(TargetRoutes))]
    public async Task Target_routes_answer_403_for_another_organisations_target_and_change_nothing(string method, string route)
    {
        var owner = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var id = await owner.CreatedTargetIdAsync(TargetSteps.Ambassador("Zeng Gang"));
        var stranger = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());

        var response = await stranger.SendAsync(Request(method, route, id));

        await Problems.AssertProblemAsync(response, HttpStatusCode.Forbidden);
        var stored = await app.WithDbAsync(db => db.Targets.AsNoTracking().SingleAsync(t => t.Id == id));
        Assert.Equal("Zeng Gang", stored.Name);
        Assert.Null(stored.RetiredAt);
    }

    [Theory]
    [MemberData(nameof(TargetRoutes))]
    public async Task Target_routes_answer_404_for_an_unknown_target(string method, string route)
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());

        await Problems.AssertProblemAsync(await client.SendAsync(Request(method, route, Guid.NewGuid())), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task An_admin_can_change_any_organisations_target()
    {
        var owner = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var id = await owner.CreatedTargetIdAsync(TargetSteps.Ambassador());
        var admin = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync(role: Roles.Admin));

        var response = await admin.PutAsJsonAsync($"/api/organizer/targets/{id}", TargetSteps.Ambassador("Wang Shunqing"));

        Assert.Equal("Wang Shunqing", (await response.JsonAsync()).GetProperty("name").GetString());
    }

    [Fact]
    public async Task An_organizer_cannot_add_a_target_to_another_organisations_directory()
    {
        var other = await app.Seed.OrganizerAsync();
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());

        var response = await client.PostAsJsonAsync("/api/organizer/targets", TargetSteps.Ambassador().With("organisationId", other.OrganisationId));

        await Problems.AssertProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal(0, await app.WithDbAsync(db => db.Targets.CountAsync(t => t.OrganisationId == other.OrganisationId)));
    }

    private static HttpRequestMessage Request(string method, string route, Guid id)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), string.Format(route, id));
        if (route.EndsWith("/import", StringComparison.Ordinal))
        {
            request.Content = new StringContent("name\nZeng Gang\n", System.Text.Encoding.UTF8, "text/csv");
        }
        else if (method is "POST" or "PUT")
        {
            request.Content = JsonContent.Create(TargetSteps.Ambassador());
        }
        return request;
    }
}
