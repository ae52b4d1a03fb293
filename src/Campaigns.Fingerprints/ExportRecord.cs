namespace Campaigns.Fingerprints;

/// <summary>What the fingerprint takes from one row of the organizer's export.</summary>
public readonly record struct ExportRecord(Guid SignatureId, DateTime ConfirmedAt)
{
    public DateOnly Day => FingerprintChain.DayOf(ConfirmedAt);

    public byte[] Leaf() => FingerprintChain.Leaf(SignatureId, ConfirmedAt);
}
