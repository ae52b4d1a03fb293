using System.Diagnostics;

namespace Campaigns.Bench;

/// <summary>
/// Runs the clients until the time is up or there is no more work (the request factory returns null).
/// Without a rate they are a closed loop: each sends its next request as soon as it has read the last
/// answer. With a rate, requests are due on a fixed schedule and each one's latency counts from when it
/// was due, so a server that falls behind shows it in the latency instead of slowing the clients down.
/// </summary>
public sealed class LoadDriver(HttpClient http, int clients, CancellationToken stop)
{
    public delegate HttpRequestMessage? NextRequest(int client, long sequence);

    public async Task<LoadResult> RunAsync(NextRequest next, TimeSpan duration, double? ratePerSecond = null)
    {
        var schedule = new Schedule(Stopwatch.GetTimestamp(), duration, ratePerSecond);
        var results = await Task.WhenAll(Enumerable.Range(0, clients)
            .Select(client => Task.Run(() => ClientAsync(client, next, schedule))));
        var total = new LoadResult { Elapsed = Stopwatch.GetElapsedTime(schedule.Started) };
        foreach (var result in results)
        {
            total.Add(result);
        }
        return total;
    }

    private async Task<LoadResult> ClientAsync(int client, NextRequest next, Schedule schedule)
    {
        var result = new LoadResult();
        for (long sequence = 0; !stop.IsCancellationRequested; sequence++)
        {
            if (schedule.NextDue() is not { } due)
            {
                break;
            }
            await Schedule.WaitUntilAsync(due);
            using var request = next(client, sequence);
            if (request is null)
            {
                break;
            }
            await SendAsync(request, due, result);
        }
        return result;
    }

    private async Task SendAsync(HttpRequestMessage request, long due, LoadResult result)
    {
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
            await response.Content.CopyToAsync(Stream.Null);
            result.Latency.RecordSince(due);
            result.Statuses[(int)response.StatusCode]++;
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or IOException)
        {
            var name = ex.GetType().Name;
            result.Exceptions[name] = result.Exceptions.GetValueOrDefault(name) + 1;
        }
    }
}
