using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Campaigns.Tests.Infrastructure;

namespace Campaigns.Tests.Api;

public class PlatformApiTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    private readonly HttpClient _client = app.CreateClient();

    [Theory]
    [InlineData("/health/live")]
    [InlineData("/health/ready")]
    public async Task Health_endpoints_report_healthy(string path)
    {
        var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("/api/campaigns", "get")]
    [InlineData("/api/campaigns/{slug}", "get")]
    [InlineData("/api/campaigns/{slug}/count", "get")]
    [InlineData("/api/campaigns/{slug}/signatures", "post")]
    [InlineData("/api/confirmations/{token}", "post")]
    public async Task OpenApi_document_describes_the_public_routes(string path, string method)
    {
        var document = await _client.GetFromJsonAsync<JsonElement>("/api/openapi.json");

        var paths = document.GetProperty("paths");
        Assert.True(paths.TryGetProperty(path, out var item), $"{path} is missing from {string.Join(", ", paths.EnumerateObject().Select(p => p.Name))}");
        Assert.True(item.TryGetProperty(method, out _), $"{method.ToUpperInvariant()} {path} is not documented");
    }

    [Fact]
    public async Task OpenApi_document_lists_the_error_responses_of_signing()
    {
        var document = await _client.GetFromJsonAsync<JsonElement>("/api/openapi.json");

        var responses = document.GetProperty("paths").GetProperty("/api/campaigns/{slug}/signatures").GetProperty("post").GetProperty("responses");
        foreach (var status in new[] { "202", "400", "404", "409", "413", "429" })
        {
            Assert.True(responses.TryGetProperty(status, out _), $"Signing does not document {status}");
        }
    }

    [Fact]
    public async Task Every_response_carries_a_content_security_policy_that_allows_no_other_origin()
    {
        var response = await _client.GetAsync("/api/campaigns");

        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.DoesNotContain("http", csp);
    }
}
