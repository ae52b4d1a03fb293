using Campaigns.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;

namespace Campaigns.Tests.Api;

public class HealthProbeTests(CampaignsAppFactory app) : IClassFixture<CampaignsAppFactory>
{
    [Fact]
    public async Task A_readiness_check_its_caller_gave_up_on_is_cancelled_rather_than_reported_as_failed()
    {
        var registration = app.Services.GetRequiredService<IOptions<HealthCheckServiceOptions>>().Value.Registrations
            .Single(r => r.Tags.Contains("ready"));
        await using var scope = app.Services.CreateAsyncScope();
        var check = registration.Factory(scope.ServiceProvider);
        using var givenUp = new CancellationTokenSource();
        await givenUp.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
            check.CheckHealthAsync(new HealthCheckContext { Registration = registration }, givenUp.Token));
    }
}
