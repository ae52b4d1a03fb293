using System.Net;
using MailKit.Net.Smtp;
using MimeKit;

namespace Campaigns.Web.Email;

/// <summary>
/// One connection to the relay, kept open across messages. It notes whether the relay took the sender of the
/// message in hand: until then nothing of that message has been accepted, so it can safely be sent again.
/// </summary>
public sealed class SmtpConnection(SmtpOptions options) : SmtpClient
{
    public bool SenderAccepted { get; private set; }

    /// <summary>Whether the relay offers SMTPUTF8, as it said when this connection was opened.</summary>
    public bool OffersSmtpUtf8 { get; private set; }

    /// <summary>Whether this connection sends in SMTPUTF8; otherwise domains go out as punycode, which every relay takes.</summary>
    public bool UsesSmtpUtf8 { get; private set; }

    /// <summary>When it last finished a message, as a <see cref="TimeProvider.GetTimestamp"/>.</summary>
    public long LastUsed { get; set; }

    public bool IsOpenFor(bool smtpUtf8) => IsConnected && UsesSmtpUtf8 == smtpUtf8;

    public async Task OpenAsync(bool smtpUtf8, CancellationToken ct)
    {
        if (IsConnected)
        {
            // Either the relay has hung up already or this connection speaks the wrong dialect for the message.
            await DisconnectAsync(quit: false, ct);
        }
        Timeout = options.TimeoutSeconds * 1000;
        await ConnectAsync(options.Host, options.Port, options.Security.ToSocketOptions(), ct);
        if (!string.IsNullOrEmpty(options.User))
        {
            await AuthenticateAsync(new NetworkCredential(options.User, options.Password), ct);
        }
        OffersSmtpUtf8 = Capabilities.HasFlag(SmtpCapabilities.UTF8);
        UsesSmtpUtf8 = smtpUtf8 && OffersSmtpUtf8;
        if (!UsesSmtpUtf8)
        {
            Capabilities &= ~SmtpCapabilities.UTF8;
        }
    }

    public Task<string> SendMessageAsync(MimeMessage message, CancellationToken ct)
    {
        SenderAccepted = false;
        return SendAsync(MessageFormat.Wire, message, ct);
    }

    protected override void OnSenderAccepted(MimeMessage message, MailboxAddress mailbox, SmtpResponse response)
    {
        SenderAccepted = true;
        base.OnSenderAccepted(message, mailbox, response);
    }
}
