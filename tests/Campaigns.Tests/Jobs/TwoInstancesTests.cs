using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Campaigns.Web.Jobs;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Jobs;

/// <summary>
/// Two instances of the app, each a Hangfire server, on one PostgreSQL database: the shared storage makes them one
/// engine. Recurring work runs once per period between them, and what one was doing when it died the other finishes.
/// </summary>
public sealed class TwoInstancesTests : CrashHarness
{
    private const int Letters = 120;

    private static readonly Dictionary<string, string> Shared = new()
    {
        ["Jobs:PurgeCron"] = "*/2 * * * * *",
        ["Jobs:SchedulePollingSeconds"] = "1",
        ["Jobs:DeliveryIntervalSeconds"] = "1",
        ["Jobs:AbandonedJobSeconds"] = "10",
        ["Jobs:WorkerCount"] = "1",
        ["Outbox:LeaseSeconds"] = "5",
        ["Outbox:LostJobSeconds"] = "5",
    };

    [PostgresFact]
    public async Task Each_occurrence_of_a_recurring_job_runs_once_however_many_instances_there_are()
    {
        await using var first = await AppProcess.StartAsync(Settings(runJobs: true, Shared));
        await using var second = await AppProcess.StartAsync(Settings(runJobs: true, Shared));

        await Task.Delay(TimeSpan.FromSeconds(12));

        var occurrences = await PurgeOccurrencesAsync();
        Assert.True(occurrences.Count >= 3, $"the purge ran {occurrences.Count} times in 12 s.\n{first.Output}\n{second.Output}");
        Assert.Equal(occurrences.Count, occurrences.Distinct().Count());
        Assert.Equal(4, await ServersAsync());
    }

    [PostgresFact]
    public async Task Letters_in_flight_on_an_instance_that_dies_are_finished_by_the_other_once_each()
    {
        await using (await AppProcess.StartAsync(Settings(runJobs: false, Shared)))
        {
        }
        var official = Emails.Unique("official");
        var campaignId = await InDbAsync(db => LetterBacklog.SeedAsync(db, official, Letters));
        using var accepting = await ShareSmtpAsync();

        var doomed = await AppProcess.StartAsync(Settings(runJobs: true, Shared));
        await using var survivor = await AppProcess.StartAsync(Settings(runJobs: true, Shared));
        await Poll.UntilAsync(async () => await SentByAsync(campaignId) >= 10, $"the first letters to go out.\n{doomed.Output}");
        doomed.Kill();
        await doomed.DisposeAsync();

        await Poll.UntilAsync(async () => await InDbAsync(db => LetterBacklog.CountAsync(db, campaignId, DeliveryStatus.Sent)) == Letters,
            $"the surviving instance to send every letter.\n{survivor.Output}", TimeSpan.FromMinutes(2));
        var received = await Mailbox.WaitForMessagesToAsync(official, Letters);
        // Each instance has one worker: the kill can repeat at most the one letter that was on the wire.
        Assert.InRange(received.Count, Letters, Letters + 1);
    }

    private Task<int> SentByAsync(Guid campaignId) => InDbAsync(db => LetterBacklog.CountAsync(db, campaignId, DeliveryStatus.Sent));

    // Hangfire records the occurrence a recurring job was enqueued for as the job's "Time" parameter.
    private Task<List<string>> PurgeOccurrencesAsync() => InDbAsync(db => db.Database.SqlQueryRaw<string>($"""
        SELECT p.value AS "Value" FROM {JobStorageFactory.Schema}.jobparameter p
        JOIN {JobStorageFactory.Schema}.jobparameter r ON r.jobid = p.jobid AND r.name = 'RecurringJobId'
        WHERE p.name = 'Time' AND r.value = '"{RecurringJobs.PurgeSignerData}"'
        """).ToListAsync());

    private Task<int> ServersAsync() => InDbAsync(db => db.Database
        .SqlQueryRaw<int>($"""SELECT count(*)::int AS "Value" FROM {JobStorageFactory.Schema}.server""").SingleAsync());
}
