using System.Diagnostics;
using System.Numerics;

namespace Campaigns.Bench;

/// <summary>
/// Log-linear buckets of microseconds (exact below 1 ms, within 0.2 % above), so recording a request is
/// an array increment and measuring does not disturb what is measured.
/// </summary>
public sealed class LatencyHistogram
{
    private const int Linear = 1024;
    private const int Half = Linear / 2;
    private const int MaxShift = 26;
    private readonly long[] _counts = new long[Linear + MaxShift * Half];

    public long Count { get; private set; }
    public long MaxMicros { get; private set; }

    public void RecordSince(long startTimestamp) =>
        Record((long)Stopwatch.GetElapsedTime(startTimestamp).TotalMicroseconds);

    public void Record(long micros)
    {
        _counts[Index(micros)]++;
        Count++;
        MaxMicros = Math.Max(MaxMicros, micros);
    }

    public void Add(LatencyHistogram other)
    {
        for (var i = 0; i < _counts.Length; i++)
        {
            _counts[i] += other._counts[i];
        }
        Count += other.Count;
        MaxMicros = Math.Max(MaxMicros, other.MaxMicros);
    }

    public double PercentileMs(double percentile)
    {
        var rank = (long)Math.Ceiling(Count * percentile / 100);
        long seen = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            seen += _counts[i];
            if (seen >= rank && _counts[i] > 0)
            {
                return Math.Min(Midpoint(i), MaxMicros) / 1000.0;
            }
        }
        return MaxMicros / 1000.0;
    }

    private static int Index(long micros)
    {
        if (micros < Linear)
        {
            return (int)Math.Max(micros, 0);
        }
        var shift = Math.Min(64 - BitOperations.LeadingZeroCount((ulong)micros) - 10, MaxShift);
        var top = (int)Math.Min(micros >> shift, Linear - 1);
        return Linear + (shift - 1) * Half + (top - Half);
    }

    private static long Midpoint(int index)
    {
        if (index < Linear)
        {
            return index;
        }
        var shift = (index - Linear) / Half + 1;
        var top = (long)((index - Linear) % Half + Half);
        return (top << shift) + (1L << (shift - 1));
    }
}
