using Microsoft.Extensions.Options;
using Quartz;

namespace Campaigns.Web.Jobs;

public static class JobsServiceCollectionExtensions
{
    public static IServiceCollection AddCampaignsJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(JobsOptions.Section).Get<JobsOptions>() ?? new JobsOptions();
        services.AddQuartz(q =>
        {
            q.ConfigureScheduler(o =>
            {
                o.InstanceName = "campaigns";
                o.GenerateInstanceId = true;
            });
            if (options.Clustered)
            {
                q.UsePersistentStore(store =>
                {
                    store.UsePostgres(configuration.GetConnectionString("Postgres")
                        ?? throw new OptionsValidationException(JobsOptions.Section, typeof(JobsOptions),
                            ["Jobs:Clustered needs ConnectionStrings:Postgres."]));
                    store.UseClustering();
                    store.UseSystemTextJsonSerializer();
                    store.ProvisionSchema();
                });
            }
            Every<DrainOutboxJob>(q, DrainOutboxJob.Key, TimeSpan.FromSeconds(options.OutboxIntervalSeconds));
            Every<CountSignaturesJob>(q, CountSignaturesJob.Key, TimeSpan.FromSeconds(options.CountIntervalSeconds));
            Every<ScheduleDeliveriesJob>(q, ScheduleDeliveriesJob.Key, TimeSpan.FromSeconds(options.DeliveryIntervalSeconds));
            Every<PurgeSignerDataJob>(q, PurgeSignerDataJob.Key, TimeSpan.FromMinutes(options.PurgeIntervalMinutes));
            q.AddJob<ReconcileCountsJob>(j => j.WithIdentity(ReconcileCountsJob.Key).StoreDurably());
            q.AddTrigger(t => t.ForJob(ReconcileCountsJob.Key).WithIdentity("reconcile-counts-nightly")
                .WithCronSchedule(options.ReconcileCron, c => c.WithMisfireInstruction(CronTriggerMisfireInstruction.DoNothing)));
        });
        if (options.Enabled)
        {
            services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        }
        return services;
    }

    private static void Every<TJob>(IQuartzBuilder q, JobKey key, TimeSpan interval) where TJob : IJob
    {
        q.AddJob<TJob>(j => j.WithIdentity(key).StoreDurably());
        q.AddTrigger(t => t.ForJob(key).WithIdentity($"{key.Name}-every")
            .StartNow()
            .WithSimpleSchedule(s => s.WithInterval(interval).RepeatForever().WithMisfireInstruction(SimpleTriggerMisfireInstruction.NextWithRemainingCount)));
    }
}
