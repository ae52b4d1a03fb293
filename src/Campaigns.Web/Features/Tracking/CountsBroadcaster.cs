using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Tracking;

/// <summary>
/// Tells live tracking pages when counts change. One loop reads the counts of every watched campaign in
/// a single query each tick, whatever the number of listeners; each instance of the app polls the shared
/// database, so listeners on any instance see every change.
/// </summary>
public sealed class CountsBroadcaster(IServiceScopeFactory scopes, ILogger<CountsBroadcaster> logger, IOptions<TrackingOptions> options) : BackgroundService
{
    private readonly ConcurrentDictionary<CountsListener, byte> _listeners = new();

    public int ListenerCount => _listeners.Count;

    /// <summary>Starts listening; the current counts are the first thing the listener reads.</summary>
    public CountsListener Listen(TrackedSubject subject)
    {
        var listener = new CountsListener(subject.CampaignIds, subject.Goal, this);
        listener.Offer(subject.Tally);
        _listeners.TryAdd(listener, 0);
        return listener;
    }

    internal void Remove(CountsListener listener) => _listeners.TryRemove(listener, out _);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        // Real time, not the app's TimeProvider: this is a heartbeat of the process, not business time.
        using var timer = new PeriodicTimer(options.Value.LivePollInterval);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await PollAsync(stoppingToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                logger.LogWarning(ex, "Could not read the counts for live tracking pages.");
            }
        }
    }

    private async Task PollAsync(CancellationToken ct)
    {
        var listeners = _listeners.Keys.ToList();
        if (listeners.Count == 0)
        {
            return;
        }
        var ids = listeners.SelectMany(l => l.CampaignIds).ToHashSet();
        await using var scope = scopes.CreateAsyncScope();
        var rows = await scope.ServiceProvider.GetRequiredService<TrackedSubjects>().CountsAsync(ids, ct);
        foreach (var listener in listeners)
        {
            var mine = rows.Where(r => listener.CampaignIds.Contains(r.Id)).ToList();
            listener.Offer(Tally.Of(mine, listener.Goal));
        }
    }
}

/// <summary>One live page's subscription: it holds only the latest counts, so a slow reader never piles up a backlog.</summary>
public sealed class CountsListener : IDisposable
{
    private readonly Channel<Tally> _changes = Channel.CreateBounded<Tally>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropOldest });
    private readonly CountsBroadcaster _owner;
    private Tally? _last;

    internal CountsListener(IReadOnlyList<Guid> campaignIds, int? goal, CountsBroadcaster owner)
    {
        CampaignIds = campaignIds.ToHashSet();
        Goal = goal;
        _owner = owner;
    }

    public IReadOnlySet<Guid> CampaignIds { get; }

    public int? Goal { get; }

    public ChannelReader<Tally> Changes => _changes.Reader;

    internal void Offer(Tally tally)
    {
        if (tally == _last)
        {
            return;
        }
        _last = tally;
        _changes.Writer.TryWrite(tally);
    }

    public void Dispose() => _owner.Remove(this);
}
