using Microsoft.Extensions.Options;

namespace Campaigns.Web.Email;

/// <summary>
/// Writes each message as an .eml file instead of sending it. The file is written under a temporary name and then
/// renamed, so whoever lists the folder never reads half a message. It writes synchronously: a file this small is
/// written to the page cache, and the asynchronous file API would only move the same work to another thread.
/// </summary>
public sealed class PickupFolderSender(MimeComposer composer, DkimSigning dkim, IOptions<MailOptions> options) : IEmailSender
{
    public Task<string> SendAsync(EmailMessage email, CancellationToken cancellationToken)
    {
        var message = composer.Compose(email);
        dkim.Sign(message);
        var folder = Directory.CreateDirectory(options.Value.PickupDirectory!).FullName;
        var name = Guid.NewGuid().ToString("N");
        var temporary = Path.Combine(folder, name + ".tmp");
        try
        {
            message.WriteTo(MessageFormat.Wire, temporary, cancellationToken);
            File.Move(temporary, Path.Combine(folder, name + ".eml"));
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
        return Task.FromResult($"<{message.MessageId}>");
    }
}
