namespace Campaigns.Web.Email;

/// <summary>Sends one message and returns its Message-ID. Throws <see cref="EmailDeliveryException"/> on failure.</summary>
public interface IEmailSender
{
    Task<string> SendAsync(EmailMessage message, CancellationToken cancellationToken);
}

public class EmailDeliveryException(string message, bool permanent, Exception? inner = null) : Exception(message, inner)
{
    public bool Permanent { get; } = permanent;

    /// <summary>The address the receiving side refused for good (a 5xx reply to RCPT TO), when that was the failure.</summary>
    public string? RefusedRecipient { get; init; }
}
