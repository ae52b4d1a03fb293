using System.Net.Sockets;
using System.Security.Authentication;
using MailKit;
using MailKit.Net.Smtp;

namespace Campaigns.Web.Email;

/// <summary>What a failed send means for the message: 5xx replies are final, everything else is worth retrying.</summary>
public static class SmtpFailures
{
    public static EmailDeliveryException? Classify(Exception ex) => ex switch
    {
        EmailDeliveryException already => already,
        SmtpCommandException reply => new EmailDeliveryException(
            $"{(int)reply.StatusCode} {reply.Message}", permanent: (int)reply.StatusCode >= 500, reply)
        {
            RefusedRecipient = reply is { ErrorCode: SmtpErrorCode.RecipientNotAccepted, StatusCode: >= (SmtpStatusCode)500 }
                ? reply.Mailbox?.Address : null,
        },
        // A refused or timed-out connection, a dropped one, a failed TLS handshake or login: the relay, not the message.
        SocketException or IOException or TimeoutException or ProtocolException or ServiceNotConnectedException
            or MailKit.Security.SslHandshakeException or MailKit.Security.AuthenticationException or AuthenticationException
            or NotSupportedException
            => new EmailDeliveryException(ex.Message, permanent: false, ex),
        _ => null,
    };

    /// <summary>
    /// The relay closed a connection that waited in the pool, before it took this message's sender: nothing of the
    /// message was accepted, so it can go again on a new connection without being sent twice.
    /// </summary>
    public static bool DroppedWhileIdle(SmtpConnection connection, Exception ex) =>
        !connection.SenderAccepted && ex is IOException or SocketException or ProtocolException or ServiceNotConnectedException
            or SmtpCommandException { StatusCode: SmtpStatusCode.ServiceNotAvailable };
}
