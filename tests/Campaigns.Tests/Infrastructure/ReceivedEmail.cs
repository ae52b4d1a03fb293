using System.Text.RegularExpressions;
using MimeKit;

namespace Campaigns.Tests.Infrastructure;

/// <summary>One delivered message, as its recipient would read it.</summary>
public sealed partial class ReceivedEmail(string path, MimeMessage mime)
{
    public string Path { get; } = path;

    public MimeMessage Mime { get; } = mime;

    /// <summary>The To header decoded, e.g. <c>"王炳章" &lt;wang@example.org&gt;</c>.</summary>
    public string To => Mime.To.ToString();

    public string ToAddress => Mime.To.Mailboxes.FirstOrDefault()?.Address ?? "";

    /// <summary>The display name in the To header; empty when there is none.</summary>
    public string ToName => Mime.To.Mailboxes.FirstOrDefault()?.Name ?? "";

    public string From => Mime.From.ToString();

    public string Subject => Mime.Subject ?? "";

    public string? MessageId => Mime.MessageId is { } id ? $"<{id}>" : null;

    public string? TextBody => Mime.TextBody;

    public string? HtmlBody => Mime.HtmlBody;

    /// <summary>A header's decoded value, null when the message has none; Content- headers are read from the body entity, where MIME parsing puts them.</summary>
    public string? Header(string name) => Mime.Headers[name] ?? Mime.Body?.Headers[name];

    public IReadOnlyList<Uri> Links => Url().Matches(TextBody ?? "").Select(m => new Uri(m.Value)).ToList();

    /// <summary>The link to the confirmation page; fails the test when the message has none.</summary>
    public Uri ConfirmationLink => Links.FirstOrDefault(l => l.AbsolutePath.StartsWith("/confirm/", StringComparison.Ordinal))
        ?? throw new InvalidOperationException($"No /confirm/ link in the message '{Subject}':\n{TextBody}");

    /// <summary>The token at the end of the confirmation link, for <c>POST /api/confirmations/{token}</c>.</summary>
    public string ConfirmationToken => ConfirmationLink.AbsolutePath["/confirm/".Length..];

    public override string ToString() => $"{Subject} → {To} ({Path})";

    [GeneratedRegex(@"https?://[^\s<>""]+")]
    private static partial Regex Url();
}
