using MimeKit;

namespace Campaigns.Web.Email;

/// <summary>
/// Sends through the relay with MailKit, on connections from <see cref="SmtpConnectionPool"/>. A connection that the
/// relay closed while it waited is opened again before the message goes, without counting as a failed attempt.
/// </summary>
public sealed class SmtpEmailSender(MimeComposer composer, DkimSigning dkim, SmtpConnectionPool pool, ILogger<SmtpEmailSender> logger) : IEmailSender
{
    public async Task<string> SendAsync(EmailMessage email, CancellationToken cancellationToken)
    {
        var message = composer.Compose(email);
        dkim.Sign(message);
        var smtpUtf8 = message.To.Mailboxes.Append(message.From.Mailboxes.Single()).Any(m => LocalParts.NeedSmtpUtf8(m.Address));
        var connection = await pool.RentAsync(cancellationToken);
        var reusable = false;
        try
        {
            await SendOnAsync(connection, message, smtpUtf8, cancellationToken);
            reusable = true;
        }
        catch (Exception ex) when (SmtpFailures.Classify(ex) is { } failure)
        {
            // A refused command or message leaves the conversation in a known state; anything else may not.
            reusable = ex is MailKit.Net.Smtp.SmtpCommandException or EmailDeliveryException;
            throw failure;
        }
        finally
        {
            pool.Return(connection, reusable);
        }
        return $"<{message.MessageId}>";
    }

    private async Task SendOnAsync(SmtpConnection connection, MimeMessage message, bool smtpUtf8, CancellationToken ct)
    {
        var pooled = connection.IsOpenFor(smtpUtf8);
        if (!pooled)
        {
            await connection.OpenAsync(smtpUtf8, ct);
        }
        RefuseWhatTheRelayCannotTake(connection, message, smtpUtf8);
        try
        {
            await connection.SendMessageAsync(message, ct);
        }
        catch (Exception ex) when (pooled && SmtpFailures.DroppedWhileIdle(connection, ex))
        {
            logger.LogInformation("The SMTP relay closed an idle connection ({Reason}); sending {MessageId} on a new one.",
                AddressRedaction.Redact(ex.Message), message.MessageId);
            await connection.OpenAsync(smtpUtf8, ct);
            await connection.SendMessageAsync(message, ct);
        }
    }

    private static void RefuseWhatTheRelayCannotTake(SmtpConnection connection, MimeMessage message, bool smtpUtf8)
    {
        if (smtpUtf8 && !connection.OffersSmtpUtf8)
        {
            throw new EmailDeliveryException(
                $"The SMTP relay does not offer SMTPUTF8, so it cannot deliver to {string.Join(", ", message.To.Mailboxes.Select(m => m.Address))}: "
                + "letters outside ASCII before the @ need it.", permanent: true);
        }
    }
}
