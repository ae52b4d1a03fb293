using Campaigns.Web.Infrastructure.Telemetry;
using Campaigns.Web.Outbox;
using Hangfire;
using Hangfire.AspNetCore;
using Hangfire.Server;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Jobs;

public static class JobsRegistration
{
    public const string LettersQueue = "letters";
    public const string DefaultQueue = "default";

    /// <summary>
    /// Hangfire in this instance: its storage, a client to enqueue jobs and, unless turned off, a job server (workers
    /// and the recurring schedule) beside a processing server for the frequent loops. The storage, activator and
    /// filters are this app's own services rather than Hangfire's static defaults, so that two hosts in one process
    /// never share a queue.
    /// </summary>
    public static IServiceCollection AddCampaignsJobs(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddSingleton(sp => JobStorageFactory.Create(configuration.GetConnectionString("Postgres"), Options(sp)));
        services.AddSingleton<JobActivator>(sp => new AspNetCoreJobActivator(sp.GetRequiredService<IServiceScopeFactory>()));
        services.AddSingleton(sp => JobFilters.Create(sp.GetRequiredService<IOptions<OutboxOptions>>().Value, sp.GetRequiredService<CampaignsMetrics>()));
        services.AddHangfire((sp, c) => c
            .UseLogProvider(new HostLogProvider(sp.GetRequiredService<ILoggerFactory>()))
            .SetDataCompatibilityLevel(CompatibilityLevel.Version_180)
            .UseSimpleAssemblyNameTypeSerializer()
            .UseRecommendedSerializerSettings());
        services.AddSingleton<RecurringJobs>();
        services.AddSingleton<OutboxDrainLoop>();
        services.AddSingleton<OutboxLeaseLoop>();
        services.AddSingleton<CountFoldLoop>();
        services.AddSingleton<DeliveryScheduleLoop>();
        var enabled = configuration.GetValue($"{JobsOptions.Section}:{nameof(JobsOptions.Enabled)}", true);
        if (enabled)
        {
            services.AddHangfireServer((sp, server) =>
            {
                var options = Options(sp);
                server.WorkerCount = options.WorkerCount;
                server.Queues = [LettersQueue, DefaultQueue];
                server.SchedulePollingInterval = TimeSpan.FromSeconds(options.SchedulePollingSeconds);
            });
            services.AddHangfireServer(LoopServer);
            services.AddHostedService<RecurringJobsRegistration>();
        }
        return services;
    }

    private static IBackgroundProcessingServer LoopServer(IServiceProvider sp) => new BackgroundProcessingServer(
        sp.GetRequiredService<JobStorage>(),
        [
            sp.GetRequiredService<OutboxDrainLoop>().UseThreadPool(1),
            sp.GetRequiredService<OutboxLeaseLoop>().UseThreadPool(1),
            sp.GetRequiredService<CountFoldLoop>().UseThreadPool(1),
            sp.GetRequiredService<DeliveryScheduleLoop>().UseThreadPool(1),
        ],
        new Dictionary<string, object> { ["Role"] = "loops" },
        new BackgroundProcessingServerOptions());

    private static JobsOptions Options(IServiceProvider sp) => sp.GetRequiredService<IOptions<JobsOptions>>().Value;
}
