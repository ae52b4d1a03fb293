namespace Campaigns.Web.Features.Fraud;

/// <summary>A campaign's signatures by source; no email address, only domains and the salted IP hashes.</summary>
public sealed record SourceReport(
    int Signatures, int Confirmed,
    IReadOnlyList<Flagged> IpHashes, IReadOnlyList<Flagged> EmailDomains, IReadOnlyList<Flagged> Countries,
    IReadOnlyList<MinuteCount> BusiestMinutes);

/// <summary>One source; <see cref="UsualOthers"/> is the average of the other sources of its kind.</summary>
public sealed record Flagged(string Key, int Signatures, int Confirmed, double Share, double UsualOthers, bool StandsOut);

public sealed record MinuteCount(DateTime Minute, int Signatures, int Confirmed, double UsualOthers, bool StandsOut);

/// <summary>One kind of source as the admin page shows it.</summary>
public sealed record SourceTable(string Heading, string Id, IReadOnlyList<Flagged> Rows);
