using System.Net.Http.Json;
using System.Text.Json;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;

namespace Campaigns.Tests.Api;

/// <summary>Clients show people "Open" or "Closed" from <c>isOpen</c>; <c>status</c> keeps the organizers' states.</summary>
public class CampaignOpenStateApiTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task A_published_campaign_past_its_deadline_is_listed_as_not_open()
    {
        var open = await app.Seed.PetitionAsync();
        var expired = await app.Seed.PetitionAsync(c => c.Deadline = app.Clock.UtcNow.AddDays(-1));

        var items = (await _client.GetFromJsonAsync<JsonElement>("/api/campaigns?pageSize=100")).GetProperty("items").EnumerateArray().ToList();

        JsonElement Item(string slug) => items.Single(i => i.GetProperty("slug").GetString() == slug);
        Assert.True(Item(open.Slug).GetProperty("isOpen").GetBoolean());
        Assert.False(Item(expired.Slug).GetProperty("isOpen").GetBoolean());
        Assert.Equal("published", Item(expired.Slug).GetProperty("status").GetString());
    }

    [Fact]
    public async Task Campaign_detail_says_whether_it_is_open_and_whom_it_is_addressed_to()
    {
        var statement = await app.Seed.PetitionAsync(c =>
        {
            c.Kind = CampaignKind.JointStatement;
            c.AddressedTo = "The government of the People's Republic of China";
        }, targets: 0);

        var detail = await _client.GetFromJsonAsync<JsonElement>($"/api/campaigns/{statement.Slug}");

        Assert.True(detail.GetProperty("isOpen").GetBoolean());
        Assert.Equal("The government of the People's Republic of China", detail.GetProperty("addressedTo").GetString());
    }
}
