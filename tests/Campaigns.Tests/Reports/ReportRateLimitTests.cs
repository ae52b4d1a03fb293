using System.Net;
using System.Net.Http.Json;
using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.Reports;

public class ReportRateLimitTests(RateLimitedAppFactory app) : IClassFixture<RateLimitedAppFactory>
{
    [Fact]
    public async Task One_address_can_send_only_a_few_reports_a_minute()
    {
        var petition = await app.Seed.PetitionAsync();
        var client = app.CreateClientFrom("203.0.113.77");

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Accepted, (await client.PostAsJsonAsync($"/api/campaigns/{petition.Slug}/reports", new { reason = $"Report {i}" })).StatusCode);
        }
        var refused = await client.PostAsJsonAsync($"/api/campaigns/{petition.Slug}/reports", new { reason = "One too many" });

        await Problems.AssertProblemAsync(refused, HttpStatusCode.TooManyRequests);
    }
}
