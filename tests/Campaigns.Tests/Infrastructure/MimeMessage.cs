using System.Text;
using System.Text.RegularExpressions;

namespace Campaigns.Tests.Infrastructure;

/// <summary>
/// Just enough MIME to read what the app sends: unfolded headers, nested multiparts, quoted-printable and
/// base64 bodies in their declared charset, and RFC 2047 encoded words in headers.
/// </summary>
public sealed partial class MimeMessage
{
    private readonly List<KeyValuePair<string, string>> _headers;

    private MimeMessage(List<KeyValuePair<string, string>> headers, string body, IReadOnlyList<MimeMessage> parts, bool complete)
    {
        _headers = headers;
        Body = body;
        Parts = parts;
        IsComplete = complete;
    }

    /// <summary>The decoded body of a single part; empty for a multipart.</summary>
    public string Body { get; }

    public IReadOnlyList<MimeMessage> Parts { get; }

    /// <summary>False while a multipart's closing boundary has not been written yet.</summary>
    public bool IsComplete { get; }

    public string MediaType => Header("Content-Type") is { } type ? type.Split(';')[0].Trim().ToLowerInvariant() : "text/plain";

    /// <summary>The raw header value, encoded words and all; null when absent.</summary>
    public string? Header(string name) => _headers.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value;

    public IEnumerable<string> Headers(string name) =>
        _headers.Where(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Select(h => h.Value);

    public string? DecodedHeader(string name) => Header(name) is { } value ? DecodeEncodedWords(value) : null;

    /// <summary>Every leaf part, depth first.</summary>
    public IEnumerable<MimeMessage> Leaves() => Parts.Count == 0 ? [this] : Parts.SelectMany(p => p.Leaves());

    public static MimeMessage Parse(string raw)
    {
        var text = raw.Replace("\r\n", "\n");
        var split = text.IndexOf("\n\n", StringComparison.Ordinal);
        var headerBlock = split < 0 ? text : text[..split];
        var body = split < 0 ? "" : text[(split + 2)..];
        var headers = ParseHeaders(headerBlock);
        var contentType = headers.FirstOrDefault(h => h.Key.Equals("Content-Type", StringComparison.OrdinalIgnoreCase)).Value ?? "text/plain";
        if (contentType.TrimStart().StartsWith("multipart/", StringComparison.OrdinalIgnoreCase) && Parameter(contentType, "boundary") is { } boundary)
        {
            var (parts, complete) = SplitMultipart(body, boundary);
            return new MimeMessage(headers, "", parts, complete && parts.All(p => p.IsComplete));
        }
        var encoding = headers.FirstOrDefault(h => h.Key.Equals("Content-Transfer-Encoding", StringComparison.OrdinalIgnoreCase)).Value;
        return new MimeMessage(headers, DecodeBody(body, encoding, Parameter(contentType, "charset")), [], true);
    }

    public static string DecodeEncodedWords(string value)
    {
        var joined = AdjacentEncodedWords().Replace(value, "$1");
        return EncodedWord().Replace(joined, m =>
        {
            var charset = Encoding.GetEncoding(m.Groups["charset"].Value);
            var bytes = m.Groups["enc"].Value.Equals("B", StringComparison.OrdinalIgnoreCase)
                ? Convert.FromBase64String(m.Groups["text"].Value)
                : QuotedPrintableBytes(m.Groups["text"].Value.Replace('_', ' '));
            return charset.GetString(bytes);
        });
    }

    private static List<KeyValuePair<string, string>> ParseHeaders(string block)
    {
        var headers = new List<KeyValuePair<string, string>>();
        foreach (var line in block.Split('\n'))
        {
            if (line.Length > 0 && (line[0] == ' ' || line[0] == '\t') && headers.Count > 0)
            {
                var last = headers[^1];
                headers[^1] = new(last.Key, last.Value + line.TrimEnd());
            }
            else if (line.IndexOf(':') is var colon and > 0)
            {
                headers.Add(new(line[..colon].Trim(), line[(colon + 1)..].Trim()));
            }
        }
        return headers;
    }

    private static (List<MimeMessage> Parts, bool Complete) SplitMultipart(string body, string boundary)
    {
        var parts = new List<MimeMessage>();
        var delimiter = "--" + boundary;
        var current = (StringBuilder?)null;
        foreach (var line in body.Split('\n'))
        {
            if (line.TrimEnd() == delimiter + "--")
            {
                if (current is not null)
                {
                    parts.Add(Parse(current.ToString()));
                }
                return (parts, true);
            }
            if (line.TrimEnd() == delimiter)
            {
                if (current is not null)
                {
                    parts.Add(Parse(current.ToString()));
                }
                current = new StringBuilder();
            }
            else
            {
                current?.Append(line).Append('\n');
            }
        }
        return (parts, false);
    }

    private static string DecodeBody(string body, string? transferEncoding, string? charset)
    {
        var encoding = charset is null ? Encoding.UTF8 : Encoding.GetEncoding(charset);
        return transferEncoding?.Trim().ToLowerInvariant() switch
        {
            "base64" => encoding.GetString(Convert.FromBase64String(string.Concat(body.Where(c => !char.IsWhiteSpace(c))))),
            "quoted-printable" => encoding.GetString(QuotedPrintableBytes(body.Replace("=\n", ""))),
            _ => body,
        };
    }

    private static byte[] QuotedPrintableBytes(string text)
    {
        var bytes = new List<byte>(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] == '=' && i + 2 < text.Length && Uri.IsHexDigit(text[i + 1]) && Uri.IsHexDigit(text[i + 2]))
            {
                bytes.Add(Convert.ToByte(text.Substring(i + 1, 2), 16));
                i += 2;
            }
            else
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
            }
        }
        return bytes.ToArray();
    }

    private static string? Parameter(string headerValue, string name)
    {
        var match = Regex.Match(headerValue, $@";\s*{name}\s*=\s*(""(?<q>[^""]*)""|(?<t>[^;\s]+))", RegexOptions.IgnoreCase);
        return !match.Success ? null : match.Groups["q"].Success ? match.Groups["q"].Value : match.Groups["t"].Value;
    }

    [GeneratedRegex(@"=\?(?<charset>[^?]+)\?(?<enc>[BbQq])\?(?<text>[^?]*)\?=")]
    private static partial Regex EncodedWord();

    [GeneratedRegex(@"(=\?[^?]+\?[BbQq]\?[^?]*\?=)\s+(?==\?)")]
    private static partial Regex AdjacentEncodedWords();
}
