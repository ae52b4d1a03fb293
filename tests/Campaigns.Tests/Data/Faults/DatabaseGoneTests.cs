using System.Net;
using System.Net.Http.Headers;
using Campaigns.Tests.Accounts;
using Campaigns.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Campaigns.Tests.Data.Faults;

/// <summary>The database cannot be reached at all: its port is closed.</summary>
public sealed class DatabaseGoneTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>, IAsyncLifetime
{
    private readonly TcpRelay _relay = new(TestEnvironment.Postgres ?? "Host=127.0.0.1");
    private readonly CapturedLogs _logs = new();
    private WebApplicationFactory<Program> _relayed = null!;

    public Task InitializeAsync()
    {
        _relayed = app.WithWebHostBuilder(b => b
            .UseSetting("ConnectionStrings:Postgres", _relay.Relayed(app.Database.ConnectionString))
            .ConfigureLogging(l => l.AddProvider(_logs)));
        return Task.CompletedTask;
    }

    [PostgresFact]
    public async Task The_api_answers_503_with_retry_after_while_the_database_is_gone_and_200_once_it_is_back()
    {
        var petition = await app.Seed.PetitionAsync();
        var client = _relayed.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/campaigns/{petition.Slug}")).StatusCode);

        _relay.Stop();
        var gone = await client.GetAsync($"/api/campaigns/{petition.Slug}");

        var problem = await Problems.AssertProblemAsync(gone, HttpStatusCode.ServiceUnavailable);
        Assert.Contains("try again", problem.GetProperty("detail").GetString());
        Assert.NotNull(gone.Headers.RetryAfter?.Delta);
        Assert.DoesNotContain(_logs.Warnings, w => w.Contains("unhandled", StringComparison.OrdinalIgnoreCase));
        Assert.Contains(_logs.Warnings, w => w.Contains("could not be reached"));

        _relay.Start();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/api/campaigns/{petition.Slug}")).StatusCode);
    }

    [PostgresFact]
    public async Task A_signature_sent_while_the_database_is_gone_answers_503_and_is_not_stored()
    {
        var petition = await app.Seed.PetitionAsync();
        var client = _relayed.CreateClient();
        _relay.Stop();

        var response = await client.SignAsync(petition.Slug, new SignatureRequest(Emails.Unique()));

        await Problems.AssertProblemAsync(response, HttpStatusCode.ServiceUnavailable);
        Assert.NotNull(response.Headers.RetryAfter?.Delta);
        Assert.Equal(0, await app.WithDbAsync(db => db.Signatures.CountAsync(s => s.CampaignId == petition.Id)));
    }

    [PostgresFact]
    public async Task A_browser_gets_a_page_saying_to_try_again_with_retry_after()
    {
        var petition = await app.Seed.PetitionAsync();
        var client = _relayed.CreateClient();
        _relay.Stop();
        var request = new HttpRequestMessage(HttpMethod.Get, $"/campaigns/{petition.Slug}");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/html"));

        var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.NotNull(response.Headers.RetryAfter?.Delta);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.ParseAsync();
        Assert.Contains("Please try again in a few seconds.", page.QuerySelector("main")!.TextContent);
    }

    public async Task DisposeAsync()
    {
        await _relayed.DisposeAsync();
        await _relay.DisposeAsync();
    }
}
