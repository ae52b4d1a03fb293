using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace Campaigns.Tests.Organizer;

public class OrganizerAuthorizationTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    public static TheoryData<string, string> CampaignRoutes => new()
    {
        { "GET", "/api/organizer/campaigns/{0}" },
        { "PUT", "/api/organizer/campaigns/{0}" },
        { "POST", "/api/organizer/campaigns/{0}/publish" },
        { "POST", "/api/organizer/campaigns/{0}/close" },
        { "GET", "/api/organizer/campaigns/{0}/signatures" },
        { "GET", "/api/organizer/campaigns/{0}/signatures.csv" },
    };

    [Theory]
    [MemberData(nameof(CampaignRoutes))]
    public async Task Campaign_routes_answer_401_without_credentials(string method, string route)
    {
        var draft = await app.Seed.PetitionAsync(c => c.Status = CampaignStatus.Draft);

        var response = await app.CreateClient().SendAsync(Request(method, route, draft.Slug));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [MemberData(nameof(CampaignRoutes))]
    public async Task Campaign_routes_answer_403_for_another_organisations_campaign(string method, string route)
    {
        var owner = await app.Seed.OrganizerAsync();
        var draft = await app.Seed.PetitionAsync(c => c.Status = CampaignStatus.Draft, owner);
        var stranger = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());

        var response = await stranger.SendAsync(Request(method, route, draft.Slug));

        await Problems.AssertProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Equal(CampaignStatus.Draft, (await app.Seed.FindCampaignAsync(draft.Slug))!.Status);
    }

    [Theory]
    [MemberData(nameof(CampaignRoutes))]
    public async Task Campaign_routes_answer_404_for_an_unknown_campaign(string method, string route)
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());

        var response = await client.SendAsync(Request(method, route, "no-such-campaign"));

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Creating_and_listing_need_credentials()
    {
        var anonymous = app.CreateClient();

        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.CreateCampaignAsync(OrganizerSteps.NewPetition())).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.GetAsync("/api/organizer/campaigns")).StatusCode);
    }

    [Fact]
    public async Task Signed_in_user_without_the_organizer_role_is_refused()
    {
        var user = await app.Seed.OrganizerAsync();
        await app.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<User>>();
            return await users.RemoveFromRoleAsync((await users.FindByIdAsync(user.UserId))!, Roles.Organizer);
        });
        var supporter = await app.Seed.ClientForAsync(user);

        Assert.Equal(HttpStatusCode.Forbidden, (await supporter.GetAsync("/api/organizer/campaigns")).StatusCode);
    }

    [Fact]
    public async Task Admin_may_see_and_change_any_organisations_campaign()
    {
        var owner = await app.Seed.OrganizerAsync();
        var draft = await app.Seed.PetitionAsync(c => c.Status = CampaignStatus.Draft, owner);
        var admin = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync(role: Roles.Admin));

        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync($"/api/organizer/campaigns/{draft.Slug}")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await admin.PublishAsync(draft.Slug)).StatusCode);
        Assert.Equal(CampaignStatus.Published, (await app.Seed.FindCampaignAsync(draft.Slug))!.Status);
    }

    [Fact]
    public async Task Organizer_lists_only_their_own_organisations_campaigns_with_counts()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var mine = await app.Seed.PetitionAsync(owner: organizer);
        var theirs = await app.Seed.PetitionAsync();
        await app.SignAndConfirmAsync(mine.Slug, new SignatureRequest(Emails.Unique()));
        await app.CreateClient().SignAsync(mine.Slug, new SignatureRequest(Emails.Unique()));
        await app.CountSignaturesAsync();
        var client = await app.Seed.ClientForAsync(organizer);

        var list = await client.GetFromJsonAsync<JsonElement>("/api/organizer/campaigns");

        var item = Assert.Single(list.GetProperty("items").EnumerateArray());
        Assert.Equal(mine.Slug, item.GetProperty("slug").GetString());
        Assert.NotEqual(theirs.Slug, item.GetProperty("slug").GetString());
        Assert.Equal("published", item.GetProperty("status").GetString());
        Assert.Equal(1, item.GetProperty("confirmed").GetInt32());
        Assert.Equal(1, item.GetProperty("pending").GetInt32());
    }

    [Fact]
    public async Task Organizer_cannot_create_a_campaign_for_an_organisation_they_do_not_belong_to()
    {
        var client = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());
        var other = await app.Seed.OrganizerAsync();
        var request = OrganizerSteps.NewPetition();
        request["organisationId"] = other.OrganisationId;

        await Problems.AssertProblemAsync(await client.CreateCampaignAsync(request), HttpStatusCode.Forbidden);
    }

    private static HttpRequestMessage Request(string method, string route, string slug)
    {
        var request = new HttpRequestMessage(new HttpMethod(method), string.Format(route, slug));
        if (method != "GET")
        {
            request.Content = route.EndsWith("/close")
                ? JsonContent.Create(new { closingMessage = "Closed." })
                : JsonContent.Create(new { title = "T", summary = "S", body = "B" });
        }
        return request;
    }
}
