using System.Diagnostics;

namespace Campaigns.Bench;

/// <summary>When each request is due: now (closed loop), or the next slot of a fixed rate shared by all clients.</summary>
public sealed class Schedule(long started, TimeSpan duration, double? ratePerSecond)
{
    private readonly long _deadline = started + (long)(duration.TotalSeconds * Stopwatch.Frequency);
    private long _issued = -1;

    public long Started => started;

    public long? NextDue()
    {
        if (ratePerSecond is not { } rate)
        {
            var now = Stopwatch.GetTimestamp();
            return now < _deadline ? now : null;
        }
        var slot = Interlocked.Increment(ref _issued);
        var due = started + (long)(slot * Stopwatch.Frequency / rate);
        return due < _deadline ? due : null;
    }

    public static async Task WaitUntilAsync(long due)
    {
        var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
        if (wait > TimeSpan.FromMilliseconds(1))
        {
            await Task.Delay(wait);
        }
    }
}
