using System.Security.Cryptography;

namespace Campaigns.Tests.Infrastructure;

/// <summary>
/// What an authenticator app computes (RFC 6238: HMAC-SHA1 over 30-second steps, 6 digits) from the key the page
/// shows in groups ("abcd efgh …", base32).
/// </summary>
public static class Totp
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

    public static string Code(string sharedKey, int stepOffset = 0)
    {
        var step = DateTimeOffset.UtcNow.ToUnixTimeSeconds() / 30 + stepOffset;
        var counter = BitConverter.GetBytes(step);
        if (BitConverter.IsLittleEndian)
        {
            Array.Reverse(counter);
        }
        var hash = HMACSHA1.HashData(Decode(sharedKey), counter);
        var offset = hash[^1] & 0x0f;
        var binary = ((hash[offset] & 0x7f) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return (binary % 1_000_000).ToString("D6");
    }

    /// <summary>A code no authenticator holding this key shows now or within the minutes either side.</summary>
    public static string WrongCode(string sharedKey)
    {
        var valid = Enumerable.Range(-3, 7).Select(i => Code(sharedKey, i)).ToHashSet();
        return Enumerable.Range(0, 10).Select(i => $"{i}{i}{i}{i}{i}{i}").First(c => !valid.Contains(c));
    }

    private static byte[] Decode(string key)
    {
        var text = new string(key.ToUpperInvariant().Where(c => Alphabet.Contains(c)).ToArray());
        var bytes = new List<byte>();
        int buffer = 0, bits = 0;
        foreach (var c in text)
        {
            buffer = (buffer << 5) | Alphabet.IndexOf(c);
            bits += 5;
            if (bits >= 8)
            {
                bytes.Add((byte)(buffer >> (bits - 8)));
                bits -= 8;
            }
        }
        return [.. bytes];
    }
}
