using Campaigns.Web.Features.Milestones;
using Microsoft.Extensions.Caching.Memory;

namespace Campaigns.Web.Features.Tracking;

/// <summary>
/// Builds the tracking view and keeps it for a few seconds, so a crowd of families refreshing the page
/// costs the database one set of aggregates per subject and range.
/// </summary>
public class TrackingViewBuilder(
    TrackedSubjects subjects, SupportStatistics statistics, CampaignRecord record, IMemoryCache cache, TimeProvider clock)
{
    public static readonly TimeSpan CachedFor = TimeSpan.FromSeconds(5);

    public Task<TrackingView?> BuildAsync(SubjectKind kind, string slug, ChartRange range, CancellationToken ct) =>
        cache.GetOrCreateAsync(("tracking", kind, slug, range), async entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = CachedFor;
            return await subjects.FindAsync(kind, slug, ct) is { } subject ? await BuildAsync(subject, range, ct) : null;
        });

    private async Task<TrackingView> BuildAsync(TrackedSubject subject, ChartRange range, CancellationToken ct)
    {
        var ids = subject.CampaignIds;
        var tally = subject.Tally;
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var from = await ChartStartAsync(ids, range, today, ct);
        return new TrackingView(
            subject,
            tally,
            range,
            await statistics.PerDayAsync(ids, from, today, ct),
            await statistics.PerCountryAsync(ids, ct),
            await record.DeliveredAsync(ids, ct),
            await record.MilestonesAsync(subject, ct),
            MilestoneLadder.Next(tally.Total, tally.Goal),
            await record.ActionsAsync(subject, ct),
            await record.LatestUpdatesAsync(subject, ct));
    }

    private async Task<DateOnly> ChartStartAsync(IReadOnlyCollection<Guid> ids, ChartRange range, DateOnly today, CancellationToken ct) => range switch
    {
        ChartRange.Days90 => today.AddDays(-89),
        ChartRange.All => await statistics.FirstDayAsync(ids, ct) is { } first && first < today ? first : today,
        _ => today.AddDays(-29),
    };
}
