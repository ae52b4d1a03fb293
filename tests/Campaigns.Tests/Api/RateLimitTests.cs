using System.Net;
using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.Api;

public class RateLimitTests(RateLimitedAppFactory app) : IClassFixture<RateLimitedAppFactory>
{
    [Fact]
    public async Task Too_many_signatures_from_one_client_get_a_429_problem_with_retry_after()
    {
        var petition = await app.Seed.PetitionAsync();
        var client = app.CreateClient();
        HttpResponseMessage response;
        var attempts = 0;
        do
        {
            response = await client.SignAsync(petition.Slug, new SignatureRequest(Emails.Unique()));
            attempts++;
        }
        while (response.StatusCode == HttpStatusCode.Accepted && attempts < 100);

        await Problems.AssertProblemAsync(response, HttpStatusCode.TooManyRequests);
        Assert.True(response.Headers.RetryAfter is not null, "429 without Retry-After");
        Assert.InRange(attempts, 2, 99);
    }
}
