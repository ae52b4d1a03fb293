using Campaigns.Tests.Infrastructure;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Tests.Jobs;

/// <summary>
/// The real app in its own process, killed hard while it sends a batch of letters to an official, then
/// restarted: every letter arrives, and none twice but possibly the one on the wire at the kill.
/// </summary>
public sealed class DeliveryCrashRecoveryTests : CrashHarness
{
    private const int Letters = 150;
    private static readonly Dictionary<string, string> FastDelivery = new()
    {
        ["Jobs:DeliveryIntervalSeconds"] = "1",
        ["Outbox:LeaseSeconds"] = "5",
        ["Outbox:BatchSize"] = "10",
        ["Outbox:LostJobSeconds"] = "5",
        ["Jobs:AbandonedJobSeconds"] = "10",
        // One letter on the wire at a time, so that the kill can repeat at most one.
        ["Jobs:WorkerCount"] = "1",
    };

    [Fact]
    public async Task Letters_queued_when_the_process_dies_mid_batch_all_arrive_after_restart_and_none_is_doubled()
    {
        await using (await AppProcess.StartAsync(Settings(runJobs: false, FastDelivery)))
        {
        }
        var official = Emails.Unique("official");
        var campaignId = await InDbAsync(db => LetterBacklog.SeedAsync(db, official, Letters));
        using var accepting = await ShareSmtpAsync();

        await using (var doomed = await AppProcess.StartAsync(Settings(runJobs: true, FastDelivery)))
        {
            await Poll.UntilAsync(async () => await CountAsync(campaignId, DeliveryStatus.Sent) >= 10, $"the first letters to go out.\n{doomed.Output}");
            doomed.Kill();
        }
        var sentBeforeRestart = await CountAsync(campaignId, DeliveryStatus.Sent);

        await using var restarted = await AppProcess.StartAsync(Settings(runJobs: true, FastDelivery));
        await Poll.UntilAsync(async () => await CountAsync(campaignId, DeliveryStatus.Sent) == Letters,
            $"every letter to be sent after the restart ({sentBeforeRestart} were before it).\n{restarted.Output}", TimeSpan.FromMinutes(2));

        var received = await Mailbox.WaitForMessagesToAsync(official, Letters);
        var ledger = await InDbAsync(db => db.Deliveries.AsNoTracking().Where(d => d.CampaignId == campaignId).Select(d => d.MessageId).ToListAsync());
        var messageIds = received.Select(m => m.MessageId).ToHashSet();
        Assert.All(ledger, id => Assert.Contains(id, messageIds));
        Assert.InRange(received.Count, Letters, Letters + 1);
    }

    private Task<int> CountAsync(Guid campaignId, DeliveryStatus status) => InDbAsync(db => LetterBacklog.CountAsync(db, campaignId, status));
}
