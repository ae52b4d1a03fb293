using System.Text.RegularExpressions;

namespace Campaigns.Tests.Infrastructure;

/// <summary>One delivered message, as its recipient would read it.</summary>
public sealed partial class ReceivedEmail(string path, MimeMessage mime)
{
    public string Path { get; } = path;

    public MimeMessage Mime { get; } = mime;

    /// <summary>The To header with encoded words decoded, e.g. <c>"王炳章" &lt;wang@example.org&gt;</c>.</summary>
    public string To => Mime.DecodedHeader("To") ?? "";

    public string ToAddress => AngleAddress().Match(To) is { Success: true } m ? m.Groups[1].Value : To.Trim();

    /// <summary>The display name in the To header, unquoted; empty when there is none.</summary>
    public string ToName => AngleAddress().Match(To) is { Success: true } m ? To[..m.Index].Trim().Trim('"').Trim() : "";

    public string From => Mime.DecodedHeader("From") ?? "";

    public string Subject => Mime.DecodedHeader("Subject") ?? "";

    public string? MessageId => Mime.Header("Message-ID");

    public string? TextBody => Mime.Leaves().FirstOrDefault(p => p.MediaType == "text/plain")?.Body;

    public string? HtmlBody => Mime.Leaves().FirstOrDefault(p => p.MediaType == "text/html")?.Body;

    public IReadOnlyList<Uri> Links => Url().Matches(TextBody ?? "").Select(m => new Uri(m.Value)).ToList();

    /// <summary>The link to the confirmation page; fails the test when the message has none.</summary>
    public Uri ConfirmationLink => Links.FirstOrDefault(l => l.AbsolutePath.StartsWith("/confirm/", StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"No /confirm/ link in the message '{Subject}':\n{TextBody}");

    /// <summary>The token at the end of the confirmation link, for <c>POST /api/confirmations/{token}</c>.</summary>
    public string ConfirmationToken => ConfirmationLink.AbsolutePath["/confirm/".Length..];

    public override string ToString() => $"{Subject} → {To} ({Path})";

    [GeneratedRegex("<([^<>]+)>\\s*$")]
    private static partial Regex AngleAddress();

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex Url();
}
