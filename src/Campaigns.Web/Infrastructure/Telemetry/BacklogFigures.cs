using System.Diagnostics.Metrics;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Infrastructure.Telemetry;

/// <summary>
/// What is waiting to go out, read from the database when metrics are collected and reused for a few seconds, so a
/// scrape and an OTLP export close together cost one read. When the database cannot be read, the gauges report nothing.
/// </summary>
public sealed class BacklogFigures(IServiceScopeFactory scopes, TimeProvider clock, IOptions<TelemetryOptions> options, ILogger<BacklogFigures> logger)
{
    public sealed record Snapshot(long OutboxBacklog, TimeSpan OldestMessageAge, long DeliveriesDue, long DeliveriesFailed, DateTimeOffset ReadAt);

    private readonly Lock _lock = new();
    private Snapshot? _last;

    public IEnumerable<Measurement<T>> Read<T>(Func<Snapshot, T> figure) where T : struct =>
        Current() is { } snapshot ? [new Measurement<T>(figure(snapshot))] : [];

    private Snapshot? Current()
    {
        lock (_lock)
        {
            var now = clock.GetUtcNow();
            if (_last is null || now - _last.ReadAt >= TimeSpan.FromSeconds(options.Value.BacklogCacheSeconds))
            {
                _last = TryQuery(now);
            }
            return _last;
        }
    }

    // Collection calls the gauges synchronously, on the exporter's thread, so this reads synchronously too.
    private Snapshot? TryQuery(DateTimeOffset now)
    {
        try
        {
            using var scope = scopes.CreateScope();
            return Query(scope.ServiceProvider.GetRequiredService<CampaignsDbContext>(), now);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Could not read the outbox and delivery figures for metrics.");
            return null;
        }
    }

    private static Snapshot Query(CampaignsDbContext db, DateTimeOffset now)
    {
        var utcNow = now.UtcDateTime;
        var pending = db.OutboxMessages.Where(m => m.ProcessedAt == null && m.FailedAt == null);
        var backlog = pending.LongCount();
        var oldest = backlog == 0 ? (DateTime?)null : pending.Min(m => (DateTime?)m.CreatedAt);
        var due = db.Deliveries.LongCount(d => (d.Status == DeliveryStatus.Queued || d.Status == DeliveryStatus.Retrying) && d.DueAt <= utcNow);
        var failed = db.Deliveries.LongCount(d => d.Status == DeliveryStatus.Failed);
        var age = oldest is { } created && created < utcNow ? utcNow - created : TimeSpan.Zero;
        return new Snapshot(backlog, age, due, failed, now);
    }
}
