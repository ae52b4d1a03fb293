using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Api;

public class ConfirmationApiTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task Confirmation_link_token_confirms_the_signature()
    {
        var petition = await app.Seed.PetitionAsync();
        var token = await SignAndReadTokenAsync(petition.Slug, Emails.Unique());

        var response = await _client.ConfirmAsync(token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("confirmed", body.GetProperty("status").GetString());
        Assert.Equal(petition.Slug, body.GetProperty("campaign").GetString());
    }

    [Fact]
    public async Task Confirming_twice_succeeds_and_counts_once()
    {
        var petition = await app.Seed.PetitionAsync();
        var token = await SignAndReadTokenAsync(petition.Slug, Emails.Unique());

        var first = await _client.ConfirmAsync(token);
        var second = await _client.ConfirmAsync(token);

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var body = await second.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("already-confirmed", body.GetProperty("status").GetString());
        await app.CountSignaturesAsync();
        Assert.Equal(1, (await app.Seed.FindCampaignAsync(petition.Slug))!.SignatureCount);
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    public async Task Bad_token_is_a_404_problem(string token)
    {
        var response = await _client.ConfirmAsync(token);

        await Problems.AssertProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Confirming_after_the_campaign_closed_is_a_409_problem()
    {
        var petition = await app.Seed.PetitionAsync();
        var token = await SignAndReadTokenAsync(petition.Slug, Emails.Unique());
        await app.WithDbAsync(db => db.Campaigns.Where(c => c.Id == petition.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(c => c.Status, CampaignStatus.Closed)));

        var response = await _client.ConfirmAsync(token);

        await Problems.AssertProblemAsync(response, HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task Public_count_moves_after_a_confirmation_once_the_counter_runs()
    {
        var petition = await app.Seed.PetitionAsync();
        var token = await SignAndReadTokenAsync(petition.Slug, Emails.Unique());
        Assert.Equal(0, await ConfirmedCountAsync(petition.Slug));

        await _client.ConfirmAsync(token);
        await app.CountSignaturesAsync();

        Assert.Equal(1, await ConfirmedCountAsync(petition.Slug));
    }

    private async Task<int> ConfirmedCountAsync(string slug)
    {
        var count = await _client.GetFromJsonAsync<JsonElement>($"/api/campaigns/{slug}/count");
        return count.GetProperty("confirmed").GetInt32();
    }

    private async Task<string> SignAndReadTokenAsync(string slug, string email)
    {
        var signed = await _client.SignAsync(slug, new SignatureRequest(email));
        Assert.Equal(HttpStatusCode.Accepted, signed.StatusCode);
        await app.DrainOutboxAsync();
        return app.Mailbox.SingleMessageTo(email).ConfirmationToken;
    }
}
