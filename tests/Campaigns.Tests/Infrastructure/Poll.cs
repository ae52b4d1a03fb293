using System.Diagnostics;

namespace Campaigns.Tests.Infrastructure;

/// <summary>Waits for something that happens in the background; the timeout only bounds a broken run.</summary>
public static class Poll
{
    public static async Task UntilAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var clock = Stopwatch.StartNew();
        while (!await condition())
        {
            if (clock.Elapsed > (timeout ?? TimeSpan.FromSeconds(60)))
            {
                throw new TimeoutException($"Gave up waiting after {clock.Elapsed.TotalSeconds:0}s: {what}");
            }
            await Task.Delay(100);
        }
    }
}
