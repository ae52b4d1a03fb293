namespace Campaigns.Tests.Infrastructure;

/// <summary>A clock the test moves by hand; it starts at the real time so tokens and keys issued now are valid.</summary>
public sealed class TestClock : TimeProvider
{
    private readonly Lock _gate = new();
    private DateTimeOffset _now = DateTimeOffset.UtcNow;

    public DateTime UtcNow => GetUtcNow().UtcDateTime;

    public override DateTimeOffset GetUtcNow()
    {
        lock (_gate)
        {
            return _now;
        }
    }

    public void Advance(TimeSpan by)
    {
        lock (_gate)
        {
            _now += by;
        }
    }

    public void Set(DateTimeOffset now)
    {
        lock (_gate)
        {
            _now = now;
        }
    }
}
