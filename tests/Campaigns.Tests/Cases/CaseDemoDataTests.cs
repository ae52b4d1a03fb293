using System.Net.Http.Json;
using System.Text.Json;
using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.Cases;

/// <summary>Wang Bingzhang's profile as seed 000 gives it, and the two people of the urgent action.</summary>
public sealed class CaseDemoDataTests : IAsyncLifetime
{
    private readonly CampaignsAppFactory _app = CampaignsAppFactory.Create(new AppOptions
    {
        Settings = new Dictionary<string, string> { ["Campaigns:SeedDemoData"] = "true" },
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task Wang_Bingzhang_is_seeded_with_his_advocate_partner_and_every_sourced_update()
    {
        var wang = await _app.CreateClient().GetFromJsonAsync<JsonElement>("/api/cases/wang-bingzhang");
        var updates = wang.GetProperty("updates").EnumerateArray().ToList();

        Assert.Equal(("Dr.", "王炳章"), (wang.GetProperty("honorific").GetString(), wang.GetProperty("nativeName").GetString()));
        Assert.Equal(("Adam Schiff", "Sen."), (wang.GetProperty("advocates")[0].GetProperty("name").GetString(), wang.GetProperty("advocates")[0].GetProperty("title").GetString()));
        Assert.Equal("Freedom House", wang.GetProperty("partners")[0].GetProperty("name").GetString());
        Assert.Equal(10, updates.Count);
        Assert.All(updates, u => Assert.False(string.IsNullOrEmpty(u.GetProperty("sourceName").GetString())));
        Assert.Equal(("2025-07-17", "Human Rights Watch"), (updates[0].GetProperty("date").GetString(), updates[0].GetProperty("sourceName").GetString()));
        Assert.True(wang.GetProperty("photoUrl").ValueKind == JsonValueKind.Null);
        Assert.NotEmpty(wang.GetProperty("campaigns").EnumerateArray());
    }

    [Fact]
    public async Task The_demo_tracking_page_lists_the_milestones_the_seeded_support_has_passed_and_the_next_one()
    {
        var counts = await _app.CreateClient().GetFromJsonAsync<JsonElement>("/api/cases/wang-bingzhang/counts");
        var page = await _app.CreateClient().GetDocumentAsync("/cases/wang-bingzhang/tracking");

        Assert.InRange(counts.GetProperty("individuals").GetInt32(), 1000, 2499);
        Assert.Equal("Next milestone: 2,500", page.QuerySelector(".next-milestone").Text());
        Assert.Equal(["1,000", "500", "100"], page.QuerySelectorAll(".milestones li").Select(li => li.Text().Split(' ')[0]));
    }

    [Fact]
    public async Task Partial_dates_in_the_seeds_show_only_what_the_source_gives()
    {
        var client = _app.CreateClient();
        var jianbing = await client.GetFromJsonAsync<JsonElement>("/api/cases/wang-jianbing");
        var page = await client.GetDocumentAsync("/cases/huang-xueqin");

        Assert.Equal(("released", "2025-03-18"), (jianbing.GetProperty("status").GetString(), jianbing.GetProperty("statusChangedOn").GetString()));
        Assert.Contains(page.QuerySelectorAll("#timeline time"), t => t.TextContent == "October 2019");
        Assert.Contains(page.QuerySelectorAll("#timeline time"), t => t.TextContent == "2024");
    }
}
