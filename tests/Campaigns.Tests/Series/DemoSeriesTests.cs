using Campaigns.Tests.Infrastructure;
using Campaigns.Tests.Organizer;

namespace Campaigns.Tests.Series;

/// <summary>The urgent-action series of the demo: UA 44/22, three outputs, one person released and one still held.</summary>
public sealed class DemoSeriesTests : IAsyncLifetime
{
    private readonly CampaignsAppFactory _app = CampaignsAppFactory.Create(new AppOptions
    {
        Settings = new Dictionary<string, string> { ["Campaigns:SeedDemoData"] = "true" },
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task The_final_output_of_ua_44_22_shows_the_series_and_each_persons_action()
    {
        var client = _app.CreateClient();

        var series = await client.GetAsync("/api/series/ua-44-22").OkJsonAsync();
        var page = await client.GetDocumentAsync("/campaigns/ua-44-22-huang-xueqin-wang-jianbing");

        Assert.Equal([1, 2, 3], series.GetProperty("outputs").EnumerateArray().Select(o => o.GetProperty("number").GetInt32()).ToArray());
        Assert.Equal("China: Further information: Two activists faced unjust conviction", series.GetProperty("outputs")[1].GetProperty("title").GetString());
        Assert.Equal("closed", series.GetProperty("outputs")[0].GetProperty("status").GetString());
        Assert.Equal("UA 44/22 · final update (output 3 of the series)", page.QuerySelector("#series-heading").Text());
        Assert.Equal("Sophia Huang Xueqin (黄雪琴): Action continues", page.QuerySelector("#people [data-case='huang-xueqin']").Text());
        Assert.StartsWith("Wang Jianbing", page.QuerySelector("#people [data-case='wang-jianbing']").Text());
        Assert.Contains("No further action requested since 18 March 2025: Released on 18 March 2025", page.QuerySelector("#people [data-case='wang-jianbing']").Text());
    }
}
