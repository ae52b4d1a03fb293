using System.Text;
using System.Text.RegularExpressions;

namespace Campaigns.Web.Email;

public sealed record EmlMessage(string FileName, DateTime WrittenAt, string To, string Subject, string MessageId, string TextBody);

/// <summary>Reads the .eml files the pickup directory holds, enough to show them to a developer.</summary>
public static partial class EmlReader
{
    public static EmlMessage Read(string path)
    {
        var raw = File.ReadAllText(path).Replace("\r\n", "\n");
        var split = raw.IndexOf("\n\n", StringComparison.Ordinal);
        var headers = ParseHeaders(split < 0 ? raw : raw[..split]);
        return new EmlMessage(
            Path.GetFileName(path),
            File.GetLastWriteTimeUtc(path),
            DecodeWords(headers.GetValueOrDefault("to", "")),
            DecodeWords(headers.GetValueOrDefault("subject", "")),
            headers.GetValueOrDefault("message-id", ""),
            TextPart(raw));
    }

    private static Dictionary<string, string> ParseHeaders(string block)
    {
        var unfolded = Regex.Replace(block, @"\n[ \t]+", " ");
        return unfolded.Split('\n')
            .Select(line => line.Split(':', 2))
            .Where(parts => parts.Length == 2)
            .GroupBy(parts => parts[0].Trim().ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.First()[1].Trim());
    }

    private static string TextPart(string raw)
    {
        var match = TextPartPattern().Match(raw);
        if (!match.Success)
        {
            return "";
        }
        var encoding = match.Groups["encoding"].Value.ToLowerInvariant();
        var body = match.Groups["body"].Value;
        return encoding switch
        {
            "base64" => Encoding.UTF8.GetString(Convert.FromBase64String(Regex.Replace(body, @"\s", ""))),
            "quoted-printable" => DecodeQuotedPrintable(body),
            _ => body,
        };
    }

    public static string DecodeQuotedPrintable(string text)
    {
        var soft = text.Replace("=\n", "");
        var bytes = new List<byte>(soft.Length);
        for (var i = 0; i < soft.Length; i++)
        {
            if (soft[i] == '=' && i + 2 < soft.Length && Uri.IsHexDigit(soft[i + 1]) && Uri.IsHexDigit(soft[i + 2]))
            {
                bytes.Add(Convert.ToByte(soft.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(soft[i].ToString()));
            }
        }
        return Encoding.UTF8.GetString(bytes.ToArray());
    }

    public static string DecodeWords(string header) => EncodedWord().Replace(header, m =>
    {
        var charset = Encoding.GetEncoding(m.Groups["charset"].Value);
        var text = m.Groups["text"].Value;
        return m.Groups["kind"].Value.ToUpperInvariant() == "B"
            ? charset.GetString(Convert.FromBase64String(text))
            : DecodeQuotedPrintable(text.Replace('_', ' '));
    }).Replace("?= =?", "");

    [GeneratedRegex(@"=\?(?<charset>[^?]+)\?(?<kind>[BbQq])\?(?<text>[^?]*)\?=")]
    private static partial Regex EncodedWord();

    [GeneratedRegex(@"Content-Type: text/plain[^\n]*\n(?:[^\n]+\n)*?Content-Transfer-Encoding: (?<encoding>[\w-]+)\n(?:[^\n]+\n)*?\n(?<body>.*?)(?=\n--|\z)", RegexOptions.Singleline | RegexOptions.IgnoreCase)]
    private static partial Regex TextPartPattern();
}
