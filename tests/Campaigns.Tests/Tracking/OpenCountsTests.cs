using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;

namespace Campaigns.Tests.Tracking;

public class OpenCountsTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Case_counts_add_up_its_public_campaigns_and_list_each()
    {
        var petition = await app.Seed.PetitionAsync();
        var letter = await app.Seed.PetitionAsync(c => c.Kind = CampaignKind.AppealLetter);
        var person = await app.CaseAsync("Wang Bingzhang", petition, letter);
        await app.SignersAsync(petition, new Signer(), new Signer(), new Signer(Kind: SignerKind.Organisation));
        await app.SignersAsync(letter, new Signer());

        var counts = await _client.GetFromJsonAsync<JsonElement>($"/api/cases/{person.Slug}/counts");

        Assert.Equal("Wang Bingzhang", counts.GetProperty("name").GetString());
        Assert.Equal(2, counts.GetProperty("signatures").GetInt32());
        Assert.Equal(1, counts.GetProperty("letters").GetInt32());
        Assert.Equal(3, counts.GetProperty("individuals").GetInt32());
        Assert.Equal(1, counts.GetProperty("organisations").GetInt32());
        Assert.Equal(4, counts.GetProperty("total").GetInt32());
        Assert.NotEqual(JsonValueKind.Null, counts.GetProperty("countedAt").ValueKind);
        var campaigns = counts.GetProperty("campaigns").EnumerateArray().ToList();
        Assert.Equal([petition.Slug, letter.Slug], campaigns.Select(c => c.GetProperty("slug").GetString()));
        Assert.Equal("appealLetter", campaigns[1].GetProperty("kind").GetString());
        Assert.Equal(1, campaigns[1].GetProperty("letters").GetInt32());
    }

    [Fact]
    public async Task Counts_carry_a_strong_etag_and_a_watcher_asking_again_gets_304()
    {
        var petition = await app.Seed.PetitionAsync();
        var person = await app.CaseAsync("Li Yuan", petition);

        foreach (var path in new[] { $"/api/cases/{person.Slug}/counts", $"/api/campaigns/{petition.Slug}/counts" })
        {
            using var first = await _client.GetAsync(path);
            Assert.Equal(HttpStatusCode.OK, first.StatusCode);
            var etag = first.Headers.ETag!;
            Assert.False(etag.IsWeak);
            Assert.True(first.Headers.CacheControl!.Public);
            Assert.Equal(TimeSpan.FromSeconds(10), first.Headers.CacheControl.MaxAge);

            using var again = new HttpRequestMessage(HttpMethod.Get, path) { Headers = { IfNoneMatch = { etag } } };
            using var notModified = await _client.SendAsync(again);

            Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
            Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());
        }
    }

    [Fact]
    public async Task A_new_confirmed_signature_changes_the_counts_and_their_etag()
    {
        var petition = await app.Seed.PetitionAsync();
        var path = $"/api/campaigns/{petition.Slug}/counts";
        using var before = await _client.GetAsync(path);
        var etag = before.Headers.ETag!;

        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(Emails.Unique()));
        await app.CountSignaturesAsync();
        using var request = new HttpRequestMessage(HttpMethod.Get, path) { Headers = { IfNoneMatch = { etag } } };
        using var after = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(etag, after.Headers.ETag);
        var counts = await after.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, counts.GetProperty("signatures").GetInt32());
        Assert.Equal(1, counts.GetProperty("total").GetInt32());
    }

    [Fact]
    public async Task Counts_of_unknown_cases_and_draft_campaigns_are_not_found()
    {
        var draft = await app.Seed.PetitionAsync(c => c.Status = CampaignStatus.Draft);

        await Problems.AssertProblemAsync(await _client.GetAsync("/api/cases/no-such-case/counts"), HttpStatusCode.NotFound);
        await Problems.AssertProblemAsync(await _client.GetAsync($"/api/campaigns/{draft.Slug}/counts"), HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("/api/cases/{slug}/counts")]
    [InlineData("/api/campaigns/{slug}/counts")]
    [InlineData("/api/cases/{slug}/events")]
    [InlineData("/api/campaigns/{slug}/events")]
    public async Task OpenApi_describes_the_counts_and_live_events(string path)
    {
        var document = await _client.GetFromJsonAsync<JsonElement>("/api/openapi.json");

        var operation = document.GetProperty("paths").GetProperty(path).GetProperty("get");
        Assert.True(operation.GetProperty("responses").TryGetProperty("404", out _));
    }
}
