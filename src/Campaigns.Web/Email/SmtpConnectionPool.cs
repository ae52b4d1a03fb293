using Microsoft.Extensions.Options;

namespace Campaigns.Web.Email;

/// <summary>
/// Up to <see cref="MailOptions.Parallelism"/> connections to the relay. A connection stays open between messages
/// and between batches, and is closed once it has waited <see cref="SmtpOptions.IdleSeconds"/> unused, and at shutdown.
/// </summary>
public sealed class SmtpConnectionPool : IAsyncDisposable
{
    private static readonly TimeSpan QuitTimeout = TimeSpan.FromSeconds(5);
    private readonly SmtpOptions _options;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _idleTime;
    private readonly SemaphoreSlim _slots;
    private readonly Stack<SmtpConnection> _idle = new();
    private readonly ITimer _sweeper;
    private bool _disposed;

    public SmtpConnectionPool(IOptions<MailOptions> options, TimeProvider clock)
    {
        _options = options.Value.Smtp;
        _clock = clock;
        _idleTime = TimeSpan.FromSeconds(_options.IdleSeconds);
        _slots = new SemaphoreSlim(options.Value.Parallelism);
        var sweep = TimeSpan.FromSeconds(Math.Max(1, _options.IdleSeconds / 2.0));
        _sweeper = clock.CreateTimer(_ => CloseIdle(), null, sweep, sweep);
    }

    public async Task<SmtpConnection> RentAsync(CancellationToken ct)
    {
        await _slots.WaitAsync(ct);
        lock (_idle)
        {
            return _idle.TryPop(out var connection) ? connection : new SmtpConnection(_options);
        }
    }

    /// <summary>Takes a connection back; one whose state is unknown after a failure is closed instead of reused.</summary>
    public void Return(SmtpConnection connection, bool reusable)
    {
        var keep = reusable && connection.IsConnected;
        if (keep)
        {
            connection.LastUsed = _clock.GetTimestamp();
            lock (_idle)
            {
                keep = !_disposed;
                if (keep)
                {
                    _idle.Push(connection);
                }
            }
        }
        if (!keep)
        {
            _ = CloseAsync(connection);
        }
        _slots.Release();
    }

    public async ValueTask DisposeAsync()
    {
        await _sweeper.DisposeAsync();
        SmtpConnection[] open;
        lock (_idle)
        {
            _disposed = true;
            open = [.. _idle];
            _idle.Clear();
        }
        await Task.WhenAll(open.Select(CloseAsync));
    }

    private void CloseIdle()
    {
        List<SmtpConnection> stale;
        lock (_idle)
        {
            var all = _idle.Reverse().ToList();
            stale = all.Where(c => _clock.GetElapsedTime(c.LastUsed) >= _idleTime || !c.IsConnected).ToList();
            _idle.Clear();
            foreach (var fresh in all.Except(stale))
            {
                _idle.Push(fresh);
            }
        }
        foreach (var connection in stale)
        {
            _ = CloseAsync(connection);
        }
    }

    private static async Task CloseAsync(SmtpConnection connection)
    {
        try
        {
            if (connection.IsConnected)
            {
                using var timeout = new CancellationTokenSource(QuitTimeout);
                await connection.DisconnectAsync(quit: true, timeout.Token);
            }
        }
        catch (Exception ex) when (ex is IOException or OperationCanceledException or MailKit.ProtocolException or MailKit.CommandException)
        {
            // The connection is being let go; a relay that already hung up changes nothing.
        }
        finally
        {
            connection.Dispose();
        }
    }
}
