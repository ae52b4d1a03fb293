using System.Net;
using System.Net.Http.Json;
using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.Accounts;

public class AccountRateLimitTests(RateLimitedAppFactory app) : IClassFixture<RateLimitedAppFactory>
{
    [Fact]
    public async Task Too_many_token_requests_from_one_client_get_a_429_problem()
    {
        var client = app.CreateClientFrom("198.51.100.21");
        HttpResponseMessage response;
        var attempts = 0;
        do
        {
            response = await client.PostAsJsonAsync("/api/account/token", new { email = Emails.Unique("guess"), password = "guessing-again-1" });
            attempts++;
        }
        while (response.StatusCode == HttpStatusCode.Unauthorized && attempts < 100);

        await Problems.AssertProblemAsync(response, HttpStatusCode.TooManyRequests);
        Assert.InRange(attempts, 2, 99);
    }

    [Fact]
    public async Task Too_many_sign_in_attempts_from_one_client_get_a_429()
    {
        var browser = app.CreateClientFrom("198.51.100.22");
        var page = await browser.GetPageAsync("/account/login");
        HttpResponseMessage response;
        var attempts = 0;
        do
        {
            response = await browser.SubmitAsync(page, "/account/login",
                new Dictionary<string, string> { ["Email"] = Emails.Unique("guess"), ["Password"] = "guessing-again-1" });
            attempts++;
        }
        while (response.StatusCode == HttpStatusCode.BadRequest && attempts < 100);

        Assert.Equal(HttpStatusCode.TooManyRequests, response.StatusCode);
        Assert.InRange(attempts, 2, 99);
    }
}
