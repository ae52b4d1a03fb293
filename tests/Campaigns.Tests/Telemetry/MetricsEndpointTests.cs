using System.Net;
using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;

namespace Campaigns.Tests.Telemetry;

/// <summary>/metrics: Prometheus text for admins, nothing for anyone else.</summary>
public class MetricsEndpointTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task Anonymous_visitors_are_asked_to_sign_in_and_get_no_metrics()
    {
        var response = await app.CreateClient().GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.DoesNotContain("campaigns_", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Organizers_are_refused_the_metrics()
    {
        var organizer = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync());

        var response = await organizer.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.DoesNotContain("campaigns_", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Admins_read_signatures_confirmations_and_the_outbox_backlog_as_prometheus_text()
    {
        var petition = await app.Seed.PetitionAsync();
        await app.SignAndConfirmAsync(petition.Slug, new SignatureRequest(Emails.Unique()));
        await app.CreateClient().SignAsync(petition.Slug, new SignatureRequest(Emails.Unique()));
        app.Clock.Advance(TimeSpan.FromSeconds(90));
        var admin = await app.Seed.ClientForAsync(await app.Seed.OrganizerAsync(role: Roles.Admin));

        var response = await admin.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(PrometheusText.Sum(text, "campaigns_signatures_accepted_total") >= 2, text);
        Assert.True(PrometheusText.Sum(text, "campaigns_confirmations_total") >= 1, text);
        Assert.True(PrometheusText.Sum(text, "campaigns_outbox_backlog") >= 1, text);
        Assert.True(PrometheusText.Sum(text, "campaigns_outbox_oldest_age_seconds") >= 90, text);
        Assert.True(PrometheusText.Sum(text, "campaigns_deliveries_due") is not null, text);
        Assert.True(PrometheusText.Sum(text, "campaigns_deliveries_failed") is not null, text);
        Assert.True(PrometheusText.Sum(text, "http_server_request_duration_seconds_count") is not null, text);
    }
}
