using System.ComponentModel;
using Campaigns.Web.Jobs;

namespace Campaigns.Web.Outbox;

/// <summary>
/// Carries out one outbox message of an <see cref="OwnJobKinds">own-job kind</see>, such as a letter to an official.
/// The row is leased first, so a job that runs twice does the work once; a temporary failure is retried by Hangfire
/// with the outbox's backoff until the row is dead, and a dead row fails the job for good.
/// </summary>
public class OutboxJob(OutboxProcessor outbox)
{
    [DisplayName("Send {0}")]
    public async Task SendAsync(string deliveryKey, CancellationToken ct)
    {
        var outcome = await outbox.SendOneAsync(deliveryKey, ct);
        switch (outcome.Kind)
        {
            case OutboxOutcomeKind.Retrying:
                throw new TemporaryJobFailure($"{deliveryKey} did not go out: {outcome.Error}");
            case OutboxOutcomeKind.Dead:
                throw new PermanentJobFailure($"{deliveryKey} failed for good: {outcome.Error}");
        }
    }
}
