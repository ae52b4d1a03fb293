using System.Net;
using System.Text;
using System.Text.Json;
using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.Api;

/// <summary>The request size limit is Kestrel's, so these requests go over a real socket.</summary>
public class RequestSizeTests(KestrelAppFactory app) : IClassFixture<KestrelAppFactory>
{
    [Fact]
    public async Task Signature_body_over_256_KB_is_a_413_problem()
    {
        var petition = await app.Seed.PetitionAsync();
        using var client = new HttpClient { BaseAddress = app.ServerAddress };
        var json = JsonSerializer.Serialize(new { name = "Ada", email = Emails.Unique(), country = "GB", comment = new string('x', 300 * 1024) });

        var response = await client.PostAsync($"/api/campaigns/{petition.Slug}/signatures", new StringContent(json, Encoding.UTF8, "application/json"));

        await Problems.AssertProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(0, await app.WithDbAsync(db => Task.FromResult(db.Signatures.Count(s => s.CampaignId == petition.Id))));
    }

    [Fact]
    public async Task Signature_body_just_under_the_limit_is_read_and_validated()
    {
        var petition = await app.Seed.PetitionAsync();
        using var client = new HttpClient { BaseAddress = app.ServerAddress };
        var json = JsonSerializer.Serialize(new { name = "Ada", email = Emails.Unique(), country = "GB", comment = new string('x', 200 * 1024) });

        var response = await client.PostAsync($"/api/campaigns/{petition.Slug}/signatures", new StringContent(json, Encoding.UTF8, "application/json"));

        await Problems.AssertFieldErrorAsync(response, "comment");
    }
}
