using System.Net;
using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.MySignatures;

public class MySignaturesRateLimitTests(RateLimitedAppFactory app) : IClassFixture<RateLimitedAppFactory>
{
    [Fact]
    public async Task Too_many_link_requests_from_one_client_get_a_429_problem()
    {
        var client = app.CreateClientFrom("203.0.113.77");
        HttpResponseMessage response;
        var attempts = 0;
        do
        {
            response = await client.RequestMySignaturesLinkAsync(Emails.Unique("asker"));
            attempts++;
        }
        while (response.StatusCode == HttpStatusCode.Accepted && attempts < 100);

        await Problems.AssertProblemAsync(response, HttpStatusCode.TooManyRequests);
        Assert.InRange(attempts, 2, 99);
    }
}
