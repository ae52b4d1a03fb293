using System.Collections.Concurrent;
using System.Net;
using System.Net.Mail;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Email;

/// <summary>
/// Sends through System.Net.Mail. A client handles one message at a time, so clients are pooled:
/// each keeps its SMTP connection open between messages.
/// </summary>
public sealed class SmtpEmailSender(IOptions<MailOptions> options) : IEmailSender, IDisposable
{
    private readonly MailOptions _options = options.Value;
    private readonly ConcurrentBag<SmtpClient> _idle = [];

    public async Task<string> SendAsync(EmailMessage message, CancellationToken cancellationToken)
    {
        var messageId = $"<{Guid.NewGuid():N}@{new MailAddress(_options.FromAddress).Host}>";
        using var mail = ComposeOrReject(message, messageId);
        var client = _idle.TryTake(out var pooled) ? pooled : CreateClient();
        try
        {
            await client.SendMailAsync(mail, cancellationToken);
        }
        catch (SmtpException ex)
        {
            client.Dispose();
            throw new EmailDeliveryException($"{(int)ex.StatusCode} {ex.Message}", IsPermanent(ex), ex);
        }
        catch (Exception ex) when (ex is IOException or SocketException or InvalidOperationException)
        {
            client.Dispose();
            throw new EmailDeliveryException(ex.Message, permanent: false, ex);
        }
        _idle.Add(client);
        return messageId;
    }

    public void Dispose()
    {
        while (_idle.TryTake(out var client))
        {
            client.Dispose();
        }
    }

    // 5xx replies are final; 4xx replies and connection failures (reported as GeneralFailure) are worth retrying.
    private static bool IsPermanent(SmtpException ex) =>
        (int)ex.StatusCode >= 500 && ex.StatusCode != SmtpStatusCode.GeneralFailure;

    // An address the mail library cannot parse will never become sendable; retrying it for hours helps no one.
    private MailMessage ComposeOrReject(EmailMessage message, string messageId)
    {
        try
        {
            return Compose(message, messageId);
        }
        catch (FormatException ex)
        {
            throw new EmailDeliveryException($"Cannot compose the message: {ex.Message}", permanent: true, ex);
        }
    }

    private MailMessage Compose(EmailMessage message, string messageId)
    {
        var mail = new MailMessage
        {
            From = new MailAddress(_options.FromAddress, _options.FromName, Encoding.UTF8),
            Subject = message.Subject,
            SubjectEncoding = Encoding.UTF8,
            HeadersEncoding = Encoding.UTF8,
            BodyEncoding = Encoding.UTF8,
            Body = message.TextBody,
            IsBodyHtml = false,
        };
        mail.To.Add(new MailAddress(message.ToAddress, message.ToName, Encoding.UTF8));
        mail.AlternateViews.Add(AlternateView.CreateAlternateViewFromString(message.HtmlBody, Encoding.UTF8, "text/html"));
        mail.Headers.Add("Message-ID", messageId);
        if (message.ReplyTo is { } replyTo)
        {
            mail.ReplyToList.Add(new MailAddress(replyTo.Address, replyTo.Name, Encoding.UTF8));
        }
        foreach (var (name, value) in message.Headers)
        {
            mail.Headers.Add(name, value);
        }
        return mail;
    }

    private SmtpClient CreateClient()
    {
        if (!string.IsNullOrEmpty(_options.PickupDirectory))
        {
            var directory = Path.GetFullPath(_options.PickupDirectory);
            Directory.CreateDirectory(directory);
            return new SmtpClient
            {
                DeliveryMethod = SmtpDeliveryMethod.SpecifiedPickupDirectory,
                PickupDirectoryLocation = directory,
            };
        }
        var smtp = _options.Smtp;
        var client = new SmtpClient(smtp.Host, smtp.Port)
        {
            EnableSsl = smtp.StartTls,
            Timeout = smtp.TimeoutSeconds * 1000,
            DeliveryMethod = SmtpDeliveryMethod.Network,
        };
        if (!string.IsNullOrEmpty(smtp.User))
        {
            client.Credentials = new NetworkCredential(smtp.User, smtp.Password);
        }
        return client;
    }
}
