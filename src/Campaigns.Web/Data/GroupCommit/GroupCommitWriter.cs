using System.Threading.Channels;
using Campaigns.Web.Data.Faults;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Data.GroupCommit;

/// <summary>
/// Group commit for PostgreSQL: writes that arrive while a batch is being written wait together and go in the
/// next batch, one transaction and one disk flush for all of them, instead of one each. Every request is
/// answered only after the batch holding its write has committed. A batch whose connection fails is tried
/// again, so a batch must be safe to repeat.
/// </summary>
public abstract class GroupCommitWriter<TPending, TResult> : IHostedService where TPending : PendingWrite<TResult>
{
    private readonly Channel<TPending> _queue = Channel.CreateUnbounded<TPending>();
    private readonly IServiceScopeFactory _scopes;
    private readonly GroupCommitOptions _options;
    private readonly ILogger _logger;
    private readonly Task[] _writers;

    protected GroupCommitWriter(IServiceScopeFactory scopes, GroupCommitOptions options, ILogger logger)
    {
        (_scopes, _options, _logger) = (scopes, options, logger);
        // The writers serve every request, so they must not carry the context of the request that created them.
        using (ExecutionContext.SuppressFlow())
        {
            _writers = Enumerable.Range(0, _options.Writers).Select(_ => Task.Run(WriteLoopAsync)).ToArray();
        }
    }

    /// <summary>Writes waiting for a writer.</summary>
    public int Waiting => _queue.Reader.Count;

    /// <summary>Writes one batch on an open connection; says for each of its writes what it came to.</summary>
    protected abstract Task<IReadOnlyList<TResult>> WriteBatchAsync(CampaignsDbContext db, IReadOnlyList<TPending> batch);

    /// <summary>What the write came to, once its batch has committed.</summary>
    protected Task<TResult> EnqueueAsync(TPending pending)
    {
        // While the app stops, writes that come after the last batch are written on their own.
        return _queue.Writer.TryWrite(pending) ? pending.Done.Task : WriteAloneAsync(pending);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Lets the writers finish what is queued, so no waiting request is left without an answer.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await Task.WhenAll(_writers).WaitAsync(cancellationToken);
    }

    private async Task<TResult> WriteAloneAsync(TPending pending)
    {
        await WriteAsync([pending]);
        return await pending.Done.Task;
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<TPending>(_options.MaxBatchSize);
        while (await _queue.Reader.WaitToReadAsync())
        {
            while (batch.Count < _options.MaxBatchSize && _queue.Reader.TryRead(out var pending))
            {
                batch.Add(pending);
            }
            if (batch.Count > 0)
            {
                await WriteAsync(batch);
                batch.Clear();
            }
        }
    }

    private async Task WriteAsync(IReadOnlyList<TPending> batch)
    {
        try
        {
            var results = await WriteWithRetriesAsync(batch);
            for (var i = 0; i < batch.Count; i++)
            {
                batch[i].Done.TrySetResult(results[i]);
            }
        }
        catch (Exception ex) when (batch.Count > 1 && !RetryableFailure.Is(ex))
        {
            // A value the database refuses fails only the write that carries it, not its batch.
            foreach (var pending in batch)
            {
                await WriteAsync([pending]);
            }
        }
        catch (Exception ex)
        {
            foreach (var pending in batch)
            {
                pending.Done.TrySetException(ex);
            }
        }
    }

    private async Task<IReadOnlyList<TResult>> WriteWithRetriesAsync(IReadOnlyList<TPending> batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using (var scope = _scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<CampaignsDbContext>();
                try
                {
                    await db.Database.OpenConnectionAsync();
                    return await WriteBatchAsync(db, batch);
                }
                catch (Exception ex) when (RetryableFailure.Is(ex) && attempt < _options.Attempts)
                {
                    ConnectionLoss.ForgetPooledConnections(db);
                    GroupCommitLog.Retry(_logger, batch.Count, attempt, ex.GetType().Name, ex.Message);
                }
                finally
                {
                    await db.Database.CloseConnectionAsync();
                }
            }
            // Wall-clock time on purpose: the pause is for a database coming back, whatever the app's clock says.
            await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt));
        }
    }
}
