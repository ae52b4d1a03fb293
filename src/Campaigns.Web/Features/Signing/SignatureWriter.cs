using System.Threading.Channels;
using Campaigns.Web.Data;
using Campaigns.Web.Data.Faults;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Campaigns.Web.Features.Signing;

/// <summary>
/// Group commit for PostgreSQL: signatures that arrive while a batch is being written wait together and are
/// stored in the next batch, one transaction and one disk flush for all of them, instead of one each. Every
/// signer is answered only after the batch holding their signature has committed. A batch whose connection
/// fails is tried again; the statement is safe to repeat (client-made ids, duplicates skipped).
/// </summary>
public sealed partial class SignatureWriter : IHostedService
{
    private readonly Channel<PendingSignature> _queue = Channel.CreateUnbounded<PendingSignature>();
    private readonly IServiceScopeFactory _scopes;
    private readonly SigningOptions _options;
    private readonly ILogger<SignatureWriter> _logger;
    private readonly Task[] _writers;

    public SignatureWriter(IServiceScopeFactory scopes, IOptions<SigningOptions> options, ILogger<SignatureWriter> logger)
    {
        (_scopes, _options, _logger) = (scopes, options.Value, logger);
        // The writers serve every request, so they must not carry the context of the request that created them.
        using (ExecutionContext.SuppressFlow())
        {
            _writers = Enumerable.Range(0, _options.Writers).Select(_ => Task.Run(WriteLoopAsync)).ToArray();
        }
    }

    /// <summary>Signatures waiting for a writer.</summary>
    public int Waiting => _queue.Reader.Count;

    /// <summary>True once the signature is stored with its email; false when the person had already signed.</summary>
    public Task<bool> StoreAsync(PendingSignature pending)
    {
        // While the app stops, signatures that come after the last batch are written on their own.
        return _queue.Writer.TryWrite(pending) ? pending.Stored.Task : WriteAloneAsync(pending);
    }

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    /// <summary>Lets the writers finish what is queued, so no waiting signer is left without an answer.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        _queue.Writer.TryComplete();
        await Task.WhenAll(_writers).WaitAsync(cancellationToken);
    }

    private async Task<bool> WriteAloneAsync(PendingSignature pending)
    {
        await WriteAsync([pending]);
        return await pending.Stored.Task;
    }

    private async Task WriteLoopAsync()
    {
        var batch = new List<PendingSignature>(_options.MaxBatchSize);
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

    private async Task WriteAsync(IReadOnlyList<PendingSignature> batch)
    {
        try
        {
            var stored = await StoreWithRetriesAsync(batch);
            foreach (var pending in batch)
            {
                pending.Stored.TrySetResult(stored.Contains(pending.Signature.Id));
            }
        }
        catch (Exception ex) when (batch.Count > 1 && !RetryableFailure.Is(ex))
        {
            // A value the database refuses fails only the signature that carries it, not its batch.
            foreach (var pending in batch)
            {
                await WriteAsync([pending]);
            }
        }
        catch (Exception ex)
        {
            foreach (var pending in batch)
            {
                pending.Stored.TrySetException(ex);
            }
        }
    }

    private async Task<HashSet<Guid>> StoreWithRetriesAsync(IReadOnlyList<PendingSignature> batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            await using (var scope = _scopes.CreateAsyncScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<CampaignsDbContext>();
                var connection = (NpgsqlConnection)db.Database.GetDbConnection();
                try
                {
                    await db.Database.OpenConnectionAsync();
                    return await SignatureBatch.StoreAsync(connection, batch, CancellationToken.None);
                }
                catch (Exception ex) when (RetryableFailure.Is(ex) && attempt < _options.Attempts)
                {
                    ConnectionLoss.ForgetPooledConnections(db);
                    LogRetry(batch.Count, attempt, ex.GetType().Name, ex.Message);
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

    [LoggerMessage(Level = LogLevel.Warning, Message = "A batch of {Count} signatures is written again (try {Attempt}) after {Error}: {Reason}")]
    private partial void LogRetry(int count, int attempt, string error, string reason);
}
