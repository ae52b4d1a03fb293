namespace Campaigns.Fingerprints;

/// <summary>A campaign's published fingerprints, as its JSON address serves them.</summary>
public sealed record PublishedHistory(string Campaign, IReadOnlyList<PublishedDay> Days, IReadOnlyList<RetiredRecord> Retired);

/// <summary>One link: the day, the confirmations that day and up to it, the hash of the day's records, the link.</summary>
public sealed record PublishedDay(DateOnly Day, int Confirmed, int Total, string Records, string Link);

/// <summary>
/// A record fingerprinted (or still to be) that the export no longer lists: taken out by the site's fraud review, or
/// withdrawn by its signer. Its leaf is published so that the day it belongs to can still be recomputed.
/// </summary>
public sealed record RetiredRecord(DateOnly Day, string Leaf, string Reason)
{
    public const string Invalidated = "invalidated";
    public const string Withdrawn = "withdrawn";
}
