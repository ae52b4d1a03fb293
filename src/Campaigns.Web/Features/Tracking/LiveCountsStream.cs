using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Tracking;

/// <summary>
/// Writes a listener's counts as server-sent events ("counts"), with a comment line as heartbeat, until
/// the client goes away or the app stops.
/// </summary>
public sealed class LiveCountsStream(
    CountsBroadcaster broadcaster, IOptions<TrackingOptions> options, IOptions<JsonOptions> json, IHostApplicationLifetime lifetime)
{
    public const string ContentType = "text/event-stream";

    public bool IsFull => broadcaster.ListenerCount >= options.Value.MaxLiveListeners;

    public async Task StreamAsync(HttpContext http, TrackedSubject subject)
    {
        using var stopping = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping);
        var ct = stopping.Token;
        http.Features.Get<IHttpResponseBodyFeature>()?.DisableBuffering();
        http.Response.ContentType = ContentType;
        http.Response.Headers.CacheControl = "no-cache, no-store";
        http.Response.Headers["X-Accel-Buffering"] = "no";
        using var listener = broadcaster.Listen(subject);
        try
        {
            await WriteAsync(http, $"retry: 5000\n\n", ct);
            while (!ct.IsCancellationRequested)
            {
                using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
                wait.CancelAfter(options.Value.HeartbeatInterval);
                var next = await NextAsync(listener, wait.Token);
                var line = next is null ? ": heartbeat\n\n" : $"event: counts\ndata: {JsonSerializer.Serialize(next, json.Value.SerializerOptions)}\n\n";
                await WriteAsync(http, line, ct);
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            // The client left or the app is stopping: the stream simply ends.
        }
    }

    private static async Task<Tally?> NextAsync(CountsListener listener, CancellationToken ct)
    {
        try
        {
            return await listener.Changes.ReadAsync(ct);
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
            return null;
        }
    }

    private static async Task WriteAsync(HttpContext http, string text, CancellationToken ct)
    {
        await http.Response.WriteAsync(text, ct);
        await http.Response.Body.FlushAsync(ct);
    }
}
