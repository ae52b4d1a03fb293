using Microsoft.Extensions.Options;

namespace Campaigns.Web.Email;

/// <summary>
/// Writes each message as an .eml file instead of sending it. The file is written under a temporary name and then
/// renamed, so whoever lists the folder never reads half a message.
/// </summary>
public sealed class PickupFolderSender(MimeComposer composer, DkimSigning dkim, IOptions<MailOptions> options) : IEmailSender
{
    public async Task<string> SendAsync(EmailMessage email, CancellationToken cancellationToken)
    {
        var message = composer.Compose(email);
        dkim.Sign(message);
        var folder = Directory.CreateDirectory(options.Value.PickupDirectory!).FullName;
        var name = Guid.NewGuid().ToString("N");
        var temporary = Path.Combine(folder, name + ".tmp");
        try
        {
            await message.WriteToAsync(MessageFormat.Wire, temporary, cancellationToken);
            File.Move(temporary, Path.Combine(folder, name + ".eml"));
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
        return $"<{message.MessageId}>";
    }
}
