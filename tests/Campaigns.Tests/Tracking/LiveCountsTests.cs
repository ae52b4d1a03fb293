using System.Net;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Tracking;
using Microsoft.Extensions.DependencyInjection;

namespace Campaigns.Tests.Tracking;

/// <summary>The app on a real socket, with a heartbeat every second so a test sees one soon.</summary>
public sealed class LiveAppFactory() : KestrelAppFactory(new AppOptions
{
    Settings = new Dictionary<string, string> { ["Tracking:HeartbeatInterval"] = "00:00:01" },
});

public class LiveCountsTests(LiveAppFactory app) : IClassFixture<LiveAppFactory>
{
    // Only a guard against a hung test; every wait below ends as soon as the stream says what is expected.
    private static readonly TimeSpan Guard = TimeSpan.FromMinutes(1);

    [Fact]
    public async Task Live_events_bring_the_new_count_after_a_confirmation()
    {
        var petition = await app.Seed.PetitionAsync();
        using var guard = new CancellationTokenSource(Guard);
        using var http = LongLivedClient();
        using var response = await http.GetAsync($"/api/campaigns/{petition.Slug}/events", HttpCompletionOption.ResponseHeadersRead, guard.Token);
        Assert.Equal("text/event-stream", response.Content.Headers.ContentType!.MediaType);
        using var events = new EventStreamReader(await response.Content.ReadAsStreamAsync(guard.Token));
        Assert.Equal(0, (await events.NextAsync("counts", guard.Token)).GetProperty("signatures").GetInt32());

        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(Emails.Unique()));
        await app.CountSignaturesAsync();

        var counts = await events.NextAsync("counts", guard.Token);
        Assert.Equal(1, counts.GetProperty("signatures").GetInt32());
        Assert.Equal(1, counts.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Live_events_of_a_case_add_up_its_campaigns()
    {
        var petition = await app.Seed.PetitionAsync();
        var letter = await app.Seed.PetitionAsync(c => c.Kind = CampaignKind.AppealLetter);
        var person = await app.CaseAsync("Wang Bingzhang", petition, letter);
        await app.SignersAsync(petition, new Signer(), new Signer());
        using var guard = new CancellationTokenSource(Guard);
        using var http = LongLivedClient();
        using var response = await http.GetAsync($"/api/cases/{person.Slug}/events", HttpCompletionOption.ResponseHeadersRead, guard.Token);
        using var events = new EventStreamReader(await response.Content.ReadAsStreamAsync(guard.Token));
        Assert.Equal(2, (await events.NextAsync("counts", guard.Token)).GetProperty("total").GetInt32());

        await app.SignAndConfirmAsync(letter.Slug, new SignatureRequest(Emails.Unique()));
        await app.CountSignaturesAsync();

        var counts = await events.NextAsync("counts", guard.Token);
        Assert.Equal(2, counts.GetProperty("signatures").GetInt32());
        Assert.Equal(1, counts.GetProperty("letters").GetInt32());
        Assert.Equal(3, counts.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task A_quiet_stream_sends_heartbeats_and_is_released_when_the_client_leaves()
    {
        var petition = await app.Seed.PetitionAsync();
        var broadcaster = app.Services.GetRequiredService<CountsBroadcaster>();
        await Poll.UntilAsync(() => Task.FromResult(broadcaster.ListenerCount == 0), "earlier tests' listeners to be released");
        using var guard = new CancellationTokenSource(Guard);
        using (var http = LongLivedClient())
        using (var response = await http.GetAsync($"/api/campaigns/{petition.Slug}/events", HttpCompletionOption.ResponseHeadersRead, guard.Token))
        using (var events = new EventStreamReader(await response.Content.ReadAsStreamAsync(guard.Token)))
        {
            Assert.Equal(": heartbeat", await events.NextCommentAsync(guard.Token));
            Assert.Equal(1, broadcaster.ListenerCount);
        }

        await Poll.UntilAsync(() => Task.FromResult(broadcaster.ListenerCount == 0), "the listener to be released");
    }

    [Fact]
    public async Task Events_of_an_unknown_campaign_are_not_found()
    {
        using var http = LongLivedClient();

        await Problems.AssertProblemAsync(await http.GetAsync("/api/campaigns/no-such-campaign/events"), HttpStatusCode.NotFound);
    }

    private HttpClient LongLivedClient() => new() { BaseAddress = app.ServerAddress, Timeout = Timeout.InfiniteTimeSpan };
}
