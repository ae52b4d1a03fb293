using System.Text;
using System.Text.RegularExpressions;

namespace Campaigns.Bench;

/// <summary>Reads confirmation tokens out of delivered emails, as a signer would find them.</summary>
public static partial class ConfirmationLinks
{
    public static List<string> Read(IEnumerable<string> mailFolders, string mustContain, int take)
    {
        var tokens = new List<string>(take);
        var files = mailFolders.Where(Directory.Exists).SelectMany(Directory.EnumerateFiles);
        foreach (var file in files)
        {
            if (tokens.Count >= take)
            {
                break;
            }
            var raw = File.ReadAllText(file);
            if (raw.Contains(mustContain, StringComparison.Ordinal) && Find(raw) is { } token)
            {
                tokens.Add(token);
            }
        }
        return tokens;
    }

    /// <summary>Bodies come quoted-printable or base64 depending on the sender; the link is looked for in both.</summary>
    private static string? Find(string raw)
    {
        var decoded = new[] { DecodeQuotedPrintable(raw) }.Concat(Base64Blocks(raw).Select(DecodeBase64));
        return decoded.Select(text => ConfirmLink().Match(text)).FirstOrDefault(m => m.Success)?.Groups[1].Value;
    }

    private static string DecodeQuotedPrintable(string raw)
    {
        var joined = raw.Replace("=\r\n", "").Replace("=\n", "");
        var bytes = new List<byte>(joined.Length);
        for (var i = 0; i < joined.Length; i++)
        {
            if (joined[i] == '=' && i + 2 < joined.Length && char.IsAsciiHexDigit(joined[i + 1]) && char.IsAsciiHexDigit(joined[i + 2]))
            {
                bytes.Add(Convert.ToByte(joined.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(joined[i].ToString()));
            }
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    private static IEnumerable<string> Base64Blocks(string raw) =>
        Base64Block().Matches(raw).Select(m => string.Concat(m.Value.Where(c => !char.IsWhiteSpace(c))));

    private static string DecodeBase64(string block)
    {
        var bytes = new byte[block.Length];
        return Convert.TryFromBase64String(block, bytes, out var written) ? Encoding.UTF8.GetString(bytes, 0, written) : "";
    }

    [GeneratedRegex(@"/confirm/([A-Za-z0-9_\-]+)")]
    private static partial Regex ConfirmLink();

    [GeneratedRegex(@"(?m)(?:^[A-Za-z0-9+/=]{16,}\r?\n)+(?:^[A-Za-z0-9+/=]+\r?\n)?")]
    private static partial Regex Base64Block();
}
