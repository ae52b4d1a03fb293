using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Email;
using Campaigns.Web.Infrastructure.Telemetry;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Outbox;

/// <summary>
/// Drains the outbox: claims due messages in batches, hands each to its handler and records the outcome
/// message by message, so a crash repeats at most the messages in flight, never a batch. Kinds sent by jobs of
/// their own go one at a time through <see cref="SendOneAsync"/>.
/// </summary>
public class OutboxProcessor(
    IServiceScopeFactory scopes,
    OutboxJobs jobs,
    IOptions<OutboxOptions> outboxOptions,
    IOptions<MailOptions> mailOptions,
    SentMarkWriter sentMarks,
    TimeProvider clock,
    CampaignsMetrics metrics,
    ILogger<OutboxProcessor> logger)
{
    private const int MarkSentAttempts = 5;
    private readonly OutboxOptions _options = outboxOptions.Value;

    public async Task<int> DrainAsync(CancellationToken ct)
    {
        await RequeueLostJobsAsync(ct);
        var total = 0;
        while (!ct.IsCancellationRequested)
        {
            var batch = await ClaimAsync(ct);
            if (batch.Count == 0)
            {
                break;
            }
            var claimed = new OutboxBatch(batch);
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = mailOptions.Value.Parallelism, CancellationToken = ct };
            await Parallel.ForEachAsync(batch, parallel, async (message, token) => await ProcessAsync(message, claimed, token));
            total += batch.Count;
        }
        return total;
    }

    /// <summary>Claims and sends the one message with this delivery key, if nobody has sent or leased it.</summary>
    public async Task<OutboxOutcome> SendOneAsync(string deliveryKey, CancellationToken ct)
    {
        OutboxMessage? message;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var now = clock.GetUtcNow().UtcDateTime;
            message = await scope.ServiceProvider.GetRequiredService<OutboxClaimer>()
                .ClaimOneAsync(deliveryKey, OutboxNode.Name, now, now.AddSeconds(_options.LeaseSeconds), ct);
        }
        return message is null ? OutboxOutcome.NotClaimed : await ProcessAsync(message, null, ct);
    }

    private async Task RequeueLostJobsAsync(CancellationToken ct)
    {
        List<LostJobMessage> lost;
        await using (var scope = scopes.CreateAsyncScope())
        {
            var now = clock.GetUtcNow().UtcDateTime;
            lost = await scope.ServiceProvider.GetRequiredService<OutboxClaimer>()
                .ReclaimLostJobsAsync(now, now.AddSeconds(-_options.LostJobSeconds), _options.BatchSize, ct);
        }
        foreach (var kind in lost.GroupBy(m => m.Kind))
        {
            logger.LogWarning("{Count} {Kind} message(s) had no job to send them; queueing new jobs.", kind.Count(), kind.Key);
            jobs.Enqueue(kind.Key, kind.Select(m => m.DeliveryKey).ToList());
        }
    }

    private async Task<List<OutboxMessage>> ClaimAsync(CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        var now = clock.GetUtcNow().UtcDateTime;
        return await scope.ServiceProvider.GetRequiredService<OutboxClaimer>()
            .ClaimAsync(OutboxNode.Name, _options.BatchSize, now, now.AddSeconds(_options.LeaseSeconds), ct);
    }

    private async Task<OutboxOutcome> ProcessAsync(OutboxMessage message, OutboxBatch? claimed, CancellationToken ct)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CurrentOutboxBatch>().Batch = claimed;
        var handler = scope.ServiceProvider.GetServices<IOutboxHandler>().SingleOrDefault(h => h.Kind == message.Kind);
        var db = scope.ServiceProvider.GetRequiredService<CampaignsDbContext>();
        var observers = scope.ServiceProvider.GetServices<IOutboxOutcomeObserver>().Where(o => o.Kind == message.Kind).ToList();
        string? messageId;
        if (OutboxClaimer.WasTakenOver(message))
        {
            logger.LogWarning(
                "Outbox message {DeliveryKey} ({Kind}) was held by an instance that stopped before recording whether it went out; "
                + "sending it again (attempt {Attempt}) with the same Message-ID.", message.DeliveryKey, message.Kind, message.Attempts);
        }
        try
        {
            if (handler is null)
            {
                throw new EmailDeliveryException($"No handler for outbox kind '{message.Kind}'.", permanent: true);
            }
            messageId = await handler.HandleAsync(message, ct);
        }
        catch (OutboxSkippedException skipped)
        {
            logger.LogInformation("Outbox message {Id} ({Kind}) skipped: {Reason}", message.Id, message.Kind, skipped.Message);
            await MarkSentAsync(db, observers, message, null, skipped.Message);
            return OutboxOutcome.Sent;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            return await RecordFailureAsync(db, observers, message, ex);
        }
        await MarkSentAsync(db, observers, message, messageId, null);
        return OutboxOutcome.Sent;
    }

    // The message has gone out: a failure to record that must not count as a failed send, or it would be
    // sent again on retry. If the database stays away, the lease lapses and this one message may repeat.
    private async Task MarkSentAsync(
        CampaignsDbContext db, List<IOutboxOutcomeObserver> observers, OutboxMessage message, string? messageId, string? skippedBecause)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var mark = new PendingSentMark(message.Id, clock.GetUtcNow().UtcDateTime, messageId, skippedBecause);
                if (observers.Count == 0 && db.IsPostgres)
                {
                    await sentMarks.MarkAsync(mark);
                }
                else
                {
                    await MarkSentOnItsOwnAsync(db, observers, message, mark);
                }
                return;
            }
            catch (Exception ex) when (attempt < MarkSentAttempts)
            {
                logger.LogWarning(ex, "Could not record outbox message {Id} as sent; trying again.", message.Id);
                await Task.Delay(TimeSpan.FromSeconds(attempt));
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Outbox message {Id} was sent but could not be recorded; it may be sent again after its lease.", message.Id);
                return;
            }
        }
    }

    private static async Task MarkSentOnItsOwnAsync(
        CampaignsDbContext db, List<IOutboxOutcomeObserver> observers, OutboxMessage message, PendingSentMark mark)
    {
        await using var transaction = observers.Count > 0 ? await db.Database.BeginTransactionAsync() : null;
        await db.OutboxMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.ProcessedAt, mark.At)
            .SetProperty(m => m.MessageId, mark.SentMessageId)
            .SetProperty(m => m.LockedUntil, (DateTime?)null)
            .SetProperty(m => m.LockedBy, (string?)null)
            .SetProperty(m => m.LastError, mark.SkippedBecause));
        foreach (var observer in observers)
        {
            await observer.SentAsync(message, mark.SentMessageId, mark.At, CancellationToken.None);
        }
        if (transaction is not null)
        {
            await transaction.CommitAsync();
        }
    }

    private async Task<OutboxOutcome> RecordFailureAsync(CampaignsDbContext db, List<IOutboxOutcomeObserver> observers, OutboxMessage message, Exception ex)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var permanent = ex is EmailDeliveryException { Permanent: true } || message.Attempts >= _options.MaxAttempts;
        var error = ex.Message.Length > 2000 ? ex.Message[..2000] : ex.Message;
        LogFailure(message, ex, permanent);
        metrics.SendFailed(message.Kind, permanent);
        var retryAt = now + RetryBackoff.After(message.Attempts, _options, Random.Shared.NextDouble());
        await using var transaction = observers.Count > 0 ? await db.Database.BeginTransactionAsync(CancellationToken.None) : null;
        await db.OutboxMessages.Where(m => m.Id == message.Id).ExecuteUpdateAsync(s => s
            .SetProperty(m => m.FailedAt, permanent ? now : null)
            .SetProperty(m => m.AvailableAt, permanent ? message.AvailableAt : retryAt)
            .SetProperty(m => m.LockedUntil, (DateTime?)null)
            .SetProperty(m => m.LockedBy, (string?)null)
            .SetProperty(m => m.LastError, error), CancellationToken.None);
        foreach (var observer in observers)
        {
            await observer.FailedAsync(message, error, permanent, now, CancellationToken.None);
        }
        if (transaction is not null)
        {
            await transaction.CommitAsync(CancellationToken.None);
        }
        return permanent ? OutboxOutcome.Dead(error) : OutboxOutcome.Retrying(error);
    }

    // A delivery failure is expected and its text comes from the relay, which may name the recipient: logged without
    // the address and without a stack trace. Anything else is a fault of this app, kept whole for whoever fixes it.
    private void LogFailure(OutboxMessage message, Exception ex, bool permanent)
    {
        if (ex is EmailDeliveryException)
        {
            logger.LogWarning("Outbox message {Id} ({Kind}) failed on attempt {Attempt}; permanent: {Permanent}; {Reason}",
                message.Id, message.Kind, message.Attempts, permanent, AddressRedaction.Redact(ex.Message));
            return;
        }
        logger.LogWarning(ex, "Outbox message {Id} ({Kind}) failed on attempt {Attempt}; permanent: {Permanent}",
            message.Id, message.Kind, message.Attempts, permanent);
    }
}
