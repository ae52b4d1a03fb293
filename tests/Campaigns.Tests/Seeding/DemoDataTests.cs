using System.Net.Http.Json;
using Campaigns.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Seeding;

/// <summary>The demo a newcomer sees on first run: the five founding documents, as campaigns and cases.</summary>
public sealed class DemoDataTests : IAsyncLifetime
{
    private readonly CampaignsAppFactory _app = CampaignsAppFactory.Create(new AppOptions
    {
        Settings = new Dictionary<string, string> { ["Campaigns:SeedDemoData"] = "true" },
    });

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task First_run_shows_an_open_petition_to_nine_officials_that_can_be_signed_at_once()
    {
        var client = _app.CreateClient();

        var list = await client.GetFromJsonAsync<ListBody>("/api/campaigns");
        var open = list!.Items[0];
        var detail = await client.GetFromJsonAsync<DetailBody>($"/api/campaigns/{open.Slug}");
        var signed = await client.SignAsync(open.Slug, new SignatureRequest(Emails.Unique()));

        Assert.Equal(("free-wang-bingzhang", "published"), (open.Slug, open.Status));
        Assert.Equal(9, detail!.Targets.Count);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, signed.StatusCode);
        Assert.Contains(list.Items, c => c is { Kind: "signOnLetter" });
        Assert.Contains(list.Items, c => c is { Kind: "jointStatement" });
        Assert.Contains(list.Items, c => c is { Status: "closed", SignatureCount: 1030 });
    }

    [Fact]
    public async Task Historical_supporters_of_a_closed_petition_survive_the_nightly_reconciliation()
    {
        StartApp();

        await _app.ReconcileCountsAsync();

        var closed = await _app.Seed.FindCampaignAsync("release-wang-bingzhang-2013");
        Assert.Equal(1030, closed!.SignatureCount);
    }

    [Fact]
    public async Task Seeding_again_adds_nothing()
    {
        StartApp();
        var before = await _app.WithDbAsync(db => db.Campaigns.CountAsync());

        await Campaigns.Web.Seeding.DemoSeeding.SeedDemoDataAsync(_app.Services);

        Assert.Equal(before, await _app.WithDbAsync(db => db.Campaigns.CountAsync()));
        Assert.Equal(3, await _app.WithDbAsync(db => db.Cases.CountAsync()));
    }

    // The first request or service lookup builds the host, which migrates and seeds the database.
    private void StartApp() => _ = _app.Services;

    private sealed record ListBody(List<ListItem> Items);

    private sealed record ListItem(string Slug, string Kind, string Status, int SignatureCount);

    private sealed record DetailBody(List<object> Targets);
}
