using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Campaigns.Fingerprints;

/// <summary>
/// The hash chain of a campaign's confirmed support, one link per UTC day. Every step is plain SHA-256 over text or
/// bytes described in the README, so anyone can recompute it without this code.
/// </summary>
public static class FingerprintChain
{
    /// <summary>The timestamp format of the leaf, the same as the organizer's export writes.</summary>
    public const string TimestampFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'";

    public const string DayFormat = "yyyy-MM-dd";

    /// <summary>What the first day's link follows.</summary>
    public static readonly string Genesis = new('0', 64);

    public static string FormatTimestamp(DateTime confirmedAt) => confirmedAt.ToString(TimestampFormat, CultureInfo.InvariantCulture);

    public static string FormatDay(DateOnly day) => day.ToString(DayFormat, CultureInfo.InvariantCulture);

    /// <summary>SHA-256 of "id|confirmed_at": the signature's random id and its confirmation time, nothing about the person.</summary>
    public static byte[] Leaf(Guid signatureId, DateTime confirmedAt) =>
        SHA256.HashData(Encoding.UTF8.GetBytes($"{signatureId:D}|{FormatTimestamp(confirmedAt)}"));

    /// <summary>SHA-256 over the day's leaves, sorted by their bytes and concatenated; an empty day hashes nothing.</summary>
    public static string Records(IEnumerable<byte[]> leaves)
    {
        var sorted = leaves.ToList();
        sorted.Sort((a, b) => a.AsSpan().SequenceCompareTo(b));
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var leaf in sorted)
        {
            hash.AppendData(leaf);
        }
        return Hex(hash.GetHashAndReset());
    }

    /// <summary>SHA-256 of "previous|day|total|records", where total counts every confirmation up to the day's end.</summary>
    public static string Link(string previous, DateOnly day, int total, string records) =>
        Hex(SHA256.HashData(Encoding.UTF8.GetBytes($"{previous}|{FormatDay(day)}|{total.ToString(CultureInfo.InvariantCulture)}|{records}")));

    public static string Hex(byte[] bytes) => Convert.ToHexStringLower(bytes);

    public static DateOnly DayOf(DateTime utc) => DateOnly.FromDateTime(utc);
}
