namespace Campaigns.Fingerprints;

public enum DayStatus
{
    /// <summary>The export's records for the day hash to the published fingerprint.</summary>
    Ok,

    /// <summary>The export lists other records for the day than were fingerprinted.</summary>
    Differs,

    /// <summary>The export has records on a day no fingerprint covers, before or between the published days.</summary>
    NotFingerprinted,

    /// <summary>The published link does not follow from the one before it: the history itself was altered.</summary>
    BrokenLink,
}

/// <summary>One day's comparison: the confirmations the export has for it and those the fingerprint counted.</summary>
public sealed record DayCheck(DateOnly Day, DayStatus Status, int Exported, int Fingerprinted);

/// <summary>
/// The outcome of checking an export against a published history. <see cref="Pending"/> counts the export's
/// confirmations after the latest fingerprinted day, which the next fingerprints will cover.
/// </summary>
public sealed record Verification(IReadOnlyList<DayCheck> Days, PublishedDay? Latest, int Pending)
{
    public DayCheck? FirstDifference => Days.FirstOrDefault(d => d.Status != DayStatus.Ok);

    public bool Matches => FirstDifference is null && Latest is not null;
}
