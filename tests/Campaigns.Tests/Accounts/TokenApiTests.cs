using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.Accounts;

public class TokenApiTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    private const string OrganizerEndpoint = "/api/organizer/campaigns";
    private readonly HttpClient _client = app.CreateClient();

    [Fact]
    public async Task A_token_from_email_and_password_opens_organizer_endpoints()
    {
        var organizer = await app.Seed.OrganizerAsync();
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.GetAsync(OrganizerEndpoint)).StatusCode);

        var token = await TokenAsync(organizer.Email, organizer.Password);

        Assert.Equal("Bearer", token.GetProperty("tokenType").GetString());
        Assert.True(token.GetProperty("expiresIn").GetInt64() > 0);
        Assert.False(string.IsNullOrEmpty(token.GetProperty("refreshToken").GetString()));
        var response = await WithBearer(token.GetProperty("accessToken").GetString()!).GetAsync(OrganizerEndpoint);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task The_account_endpoint_tells_a_token_holder_who_they_are()
    {
        var email = Emails.Unique("me");
        var organisation = $"Lawyers for Lawyers {Guid.NewGuid():N}"[..30];
        await app.RegisterAndConfirmAsync(email, organisation);
        var token = await TokenAsync(email, AccountSteps.Password);

        var me = await WithBearer(token.GetProperty("accessToken").GetString()!).GetFromJsonAsync<JsonElement>("/api/account/me");

        Assert.Equal(email, me.GetProperty("email").GetString());
        Assert.Equal("Huang Xueqin", me.GetProperty("displayName").GetString());
        Assert.Equal(["Organizer"], me.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(organisation, Assert.Single(me.GetProperty("organisations").EnumerateArray()).GetProperty("name").GetString());
        Assert.Equal(HttpStatusCode.Unauthorized, (await _client.GetAsync("/api/account/me")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_password_gets_a_401_problem_without_a_token()
    {
        var organizer = await app.Seed.OrganizerAsync();

        var response = await _client.PostAsJsonAsync("/api/account/token", new { email = organizer.Email, password = "not-the-password-1" });

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.False(problem.TryGetProperty("accessToken", out _));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_api_out_as_well()
    {
        var organizer = await app.Seed.OrganizerAsync();
        for (var i = 0; i < 5; i++)
        {
            await _client.PostAsJsonAsync("/api/account/token", new { email = organizer.Email, password = $"wrong-password-{i}" });
        }

        var response = await _client.PostAsJsonAsync("/api/account/token", new { email = organizer.Email, password = organizer.Password });

        await Problems.AssertProblemAsync(response, HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task An_unconfirmed_account_gets_a_403_problem_asking_to_confirm()
    {
        var email = Emails.Unique("unconfirmed");
        await app.CreateBrowser().RegisterAsync(email);

        var response = await _client.PostAsJsonAsync("/api/account/token", new { email, password = AccountSteps.Password });

        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.Forbidden);
        Assert.Contains("Confirm your email address", problem.GetProperty("detail").GetString());
    }

    [Fact]
    public async Task Bad_input_gets_a_400_problem_naming_each_field()
    {
        var response = await _client.PostAsJsonAsync("/api/account/token", new { email = "not-an-address" });

        Assert.NotEmpty(await Problems.AssertFieldErrorAsync(response, "email"));
        var problem = await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.True(problem.GetProperty("errors").TryGetProperty("password", out _));
    }

    [Fact]
    public async Task A_body_that_is_not_json_gets_a_400_problem()
    {
        var response = await _client.PostAsync("/api/account/token", new StringContent("email=a@b.org", Encoding.UTF8, "application/json"));

        await Problems.AssertProblemAsync(response, HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task A_refresh_token_buys_a_new_access_token_and_a_forged_one_does_not()
    {
        var organizer = await app.Seed.OrganizerAsync();
        var token = await TokenAsync(organizer.Email, organizer.Password);

        var refreshed = await _client.PostAsJsonAsync("/api/account/refresh", new { refreshToken = token.GetProperty("refreshToken").GetString() });
        var forged = await _client.PostAsJsonAsync("/api/account/refresh", new { refreshToken = "CfDJ8forged" });
        var empty = await _client.PostAsJsonAsync("/api/account/refresh", new { refreshToken = "" });

        var renewed = await refreshed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(HttpStatusCode.OK, (await WithBearer(renewed.GetProperty("accessToken").GetString()!).GetAsync(OrganizerEndpoint)).StatusCode);
        await Problems.AssertProblemAsync(forged, HttpStatusCode.Unauthorized);
        await Problems.AssertFieldErrorAsync(empty, "refreshToken");
    }

    [Fact]
    public async Task The_token_endpoints_are_documented_in_openapi()
    {
        var document = await _client.GetFromJsonAsync<JsonElement>("/api/openapi.json");

        var paths = document.GetProperty("paths");
        foreach (var path in new[] { "/api/account/token", "/api/account/refresh" })
        {
            var post = paths.GetProperty(path).GetProperty("post");
            Assert.Equal("Account", post.GetProperty("tags")[0].GetString());
            Assert.False(string.IsNullOrWhiteSpace(post.GetProperty("summary").GetString()));
        }
    }

    private async Task<JsonElement> TokenAsync(string email, string password)
    {
        var response = await _client.PostAsJsonAsync("/api/account/token", new { email, password });
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, body);
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    private HttpClient WithBearer(string accessToken)
    {
        var client = app.CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", accessToken);
        return client;
    }
}
