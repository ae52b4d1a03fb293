using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;

namespace Campaigns.Tests.Api;

public class CampaignsApiTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Campaign_list_shows_published_and_closed_campaigns_but_never_drafts()
    {
        var open = await app.Seed.PetitionAsync();
        var closed = await app.Seed.PetitionAsync(c => c.Status = CampaignStatus.Closed);
        var draft = await app.Seed.PetitionAsync(c => c.Status = CampaignStatus.Draft);

        var list = await GetJsonAsync("/api/campaigns?pageSize=100");

        var slugs = list.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("slug").GetString()).ToList();
        Assert.Contains(open.Slug, slugs);
        Assert.Contains(closed.Slug, slugs);
        Assert.DoesNotContain(draft.Slug, slugs);
    }

    [Fact]
    public async Task Campaign_list_items_carry_slug_kind_title_status_count_and_goal()
    {
        var petition = await app.Seed.PetitionAsync(c => c.Goal = 5000);

        var list = await GetJsonAsync("/api/campaigns?pageSize=100");

        var item = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("slug").GetString() == petition.Slug);
        Assert.Equal("petition", item.GetProperty("kind").GetString());
        Assert.Equal(petition.Title, item.GetProperty("title").GetString());
        Assert.Equal("published", item.GetProperty("status").GetString());
        Assert.Equal(0, item.GetProperty("signatureCount").GetInt32());
        Assert.Equal(5000, item.GetProperty("goal").GetInt32());
    }

    [Fact]
    public async Task Campaign_detail_lists_its_targets_in_the_organizers_order()
    {
        var petition = await app.Seed.PetitionAsync(targets: 3);

        var detail = await GetJsonAsync($"/api/campaigns/{petition.Slug}");

        Assert.Equal(petition.Title, detail.GetProperty("title").GetString());
        var targets = detail.GetProperty("targets").EnumerateArray().Select(t => t.GetProperty("name").GetString()).ToList();
        Assert.Equal(["Official 1", "Official 2", "Official 3"], targets);
        Assert.Equal("Minister", detail.GetProperty("targets")[0].GetProperty("title").GetString());
    }

    [Fact]
    public async Task Unknown_campaign_is_a_404_problem()
    {
        var response = await _client.GetAsync("/api/campaigns/no-such-campaign");

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Draft_campaign_detail_is_a_404_problem()
    {
        var draft = await app.Seed.PetitionAsync(c => c.Status = CampaignStatus.Draft);

        var response = await _client.GetAsync($"/api/campaigns/{draft.Slug}");

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Count_reports_confirmed_signatures_and_goal_and_is_cacheable()
    {
        var petition = await app.Seed.PetitionAsync(c => c.Goal = 250);

        var response = await _client.GetAsync($"/api/campaigns/{petition.Slug}/count");

        response.EnsureSuccessStatusCode();
        Assert.Contains("max-age", response.Headers.CacheControl?.ToString());
        var count = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(0, count.GetProperty("confirmed").GetInt32());
        Assert.Equal(250, count.GetProperty("goal").GetInt32());
        Assert.True(count.TryGetProperty("updatedAt", out _));
    }

    [Fact]
    public async Task Count_and_counts_share_their_figures_and_answer_304_to_a_watcher_whose_copy_is_current()
    {
        var petition = await app.Seed.PetitionAsync(c => c.SignatureCount = 42);

        var count = await _client.GetAsync($"/api/campaigns/{petition.Slug}/count");
        var counts = await _client.GetAsync($"/api/campaigns/{petition.Slug}/counts");
        using var again = new HttpRequestMessage(HttpMethod.Get, $"/api/campaigns/{petition.Slug}/count");
        again.Headers.IfNoneMatch.Add(count.Headers.ETag!);
        var unchanged = await _client.SendAsync(again);

        Assert.Equal(42, (await count.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("confirmed").GetInt32());
        Assert.Equal(42, (await counts.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("individuals").GetInt32());
        Assert.All([count, counts], r => Assert.Contains("max-age", r.Headers.CacheControl?.ToString()));
        Assert.NotNull(counts.Headers.ETag);
        Assert.Equal(HttpStatusCode.NotModified, unchanged.StatusCode);
    }

    [Fact]
    public async Task Count_of_an_unknown_campaign_is_a_404_problem()
    {
        var response = await _client.GetAsync("/api/campaigns/no-such-campaign/count");

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    private async Task<JsonElement> GetJsonAsync(string path)
    {
        var response = await _client.GetAsync(path);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadFromJsonAsync<JsonElement>();
    }
}
