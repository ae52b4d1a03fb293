namespace Campaigns.Fingerprints;

/// <summary>
/// Checks an organizer's export against a campaign's published fingerprints, day by day: the published links must
/// follow from each other, and each day's records in the export (with the records published as retired) must hash
/// to that day's published records hash and count.
/// </summary>
public static class FingerprintVerifier
{
    public static Verification Verify(IReadOnlyList<ExportRecord> export, PublishedHistory history)
    {
        var days = history.Days.OrderBy(d => d.Day).ToList();
        var leaves = LeavesByDay(export, history.Retired);
        var checks = new List<DayCheck>();
        var previous = FingerprintChain.Genesis;
        foreach (var day in days)
        {
            var mine = leaves.GetValueOrDefault(day.Day) ?? [];
            var intact = FingerprintChain.Link(previous, day.Day, day.Total, day.Records) == day.Link;
            var same = mine.Count == day.Confirmed && FingerprintChain.Records(mine) == day.Records;
            checks.Add(new DayCheck(day.Day, !intact ? DayStatus.BrokenLink : same ? DayStatus.Ok : DayStatus.Differs, mine.Count, day.Confirmed));
            previous = day.Link;
        }
        var latest = days.LastOrDefault();
        var published = days.Select(d => d.Day).ToHashSet();
        checks.AddRange(leaves
            .Where(l => !published.Contains(l.Key) && (latest is null || l.Key < latest.Day))
            .Select(l => new DayCheck(l.Key, DayStatus.NotFingerprinted, l.Value.Count, 0)));
        var pending = latest is null ? 0 : leaves.Where(l => l.Key > latest.Day).Sum(l => l.Value.Count);
        return new Verification([.. checks.OrderBy(c => c.Day)], latest, pending);
    }

    /// <summary>
    /// The export's leaves per day, joined by the retired records the export cannot list. A retired record the export
    /// still has (an older export, or an invalidation undone since) counts once.
    /// </summary>
    private static Dictionary<DateOnly, List<byte[]>> LeavesByDay(IReadOnlyList<ExportRecord> export, IReadOnlyList<RetiredRecord> retired)
    {
        var byDay = new Dictionary<DateOnly, List<byte[]>>();
        var exported = new HashSet<string>();
        foreach (var record in export)
        {
            var leaf = record.Leaf();
            exported.Add(FingerprintChain.Hex(leaf));
            Day(byDay, record.Day).Add(leaf);
        }
        foreach (var record in retired.Where(r => IsHash(r.Leaf) && !exported.Contains(r.Leaf)))
        {
            Day(byDay, record.Day).Add(Convert.FromHexString(record.Leaf));
        }
        return byDay;
    }

    /// <summary>A leaf that is not 64 lower-case hex digits cannot be one of ours; leaving it out makes its day differ.</summary>
    private static bool IsHash(string leaf) => leaf.Length == 64 && leaf.All(char.IsAsciiHexDigitLower);

    private static List<byte[]> Day(Dictionary<DateOnly, List<byte[]>> byDay, DateOnly day)
    {
        if (!byDay.TryGetValue(day, out var leaves))
        {
            leaves = [];
            byDay[day] = leaves;
        }
        return leaves;
    }
}
