using Campaigns.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Logging;

namespace Campaigns.Tests.Data;

/// <summary>An operator's first look at the logs of a new installation shows no errors.</summary>
public class FirstStartLogTests
{
    [Fact]
    public async Task A_new_databases_first_start_logs_no_failed_database_command()
    {
        var logs = new CapturedLogs();
        await using var app = CampaignsAppFactory.Create(new AppOptions());
        await using var started = app.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs)));
        _ = started.Services;

        Assert.DoesNotContain(logs.Warnings, w => w.StartsWith("Failed executing DbCommand", StringComparison.Ordinal));
    }
}
