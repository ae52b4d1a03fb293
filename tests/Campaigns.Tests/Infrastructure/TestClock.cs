namespace Campaigns.Tests.Infrastructure;

/// <summary>
/// A clock the test moves by hand. It starts at the real time, so tokens and keys issued now are valid.
/// A frozen clock (the default) stands still between <see cref="Advance"/> calls; a running one follows the
/// real clock plus whatever was advanced, which jobs run by Hangfire need (their leases and backoff read it).
/// </summary>
public sealed class TestClock(bool running = false) : TimeProvider
{
    private readonly Lock _gate = new();
    private readonly DateTimeOffset _start = DateTimeOffset.UtcNow;
    private TimeSpan _advanced;

    public bool IsRunning { get; } = running;

    public DateTime UtcNow => GetUtcNow().UtcDateTime;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return (IsRunning ? DateTimeOffset.UtcNow : _start) + _advanced;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_gate)
        {
            _advanced += by;
        }
    }
}
