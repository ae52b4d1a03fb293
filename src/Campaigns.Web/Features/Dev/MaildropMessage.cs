using MimeKit;

namespace Campaigns.Web.Features.Dev;

/// <summary>One .eml file from the pickup folder, as much of it as a developer needs to follow its links.</summary>
public sealed record MaildropMessage(string FileName, DateTime WrittenAt, string To, string Subject, string MessageId, string TextBody)
{
    public static MaildropMessage Read(string path)
    {
        using var message = MimeMessage.Load(path);
        return new MaildropMessage(
            Path.GetFileName(path),
            File.GetLastWriteTimeUtc(path),
            message.To.ToString(),
            message.Subject ?? "",
            message.MessageId is { } id ? $"<{id}>" : "",
            message.TextBody ?? "");
    }
}
