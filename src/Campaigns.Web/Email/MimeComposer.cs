using System.Text;
using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Text;

namespace Campaigns.Web.Email;

/// <summary>Turns an <see cref="EmailMessage"/> into the MIME message that is signed and sent or written out.</summary>
public sealed class MimeComposer(IOptions<MailOptions> options, TimeProvider clock)
{
    private readonly string _fromDomain = options.Value.FromAddress[(options.Value.FromAddress.LastIndexOf('@') + 1)..];

    public MimeMessage Compose(EmailMessage email)
    {
        try
        {
            return Build(email);
        }
        catch (ParseException ex)
        {
            // An address that cannot be written will never become sendable; retrying it for hours helps no one.
            throw new EmailDeliveryException($"Cannot compose the message: {ex.Message}", permanent: true, ex);
        }
    }

    private MimeMessage Build(EmailMessage email)
    {
        var message = new MimeMessage
        {
            Subject = email.Subject,
            Date = clock.GetUtcNow(),
            MessageId = MessageIds.For(email.DeliveryKey, _fromDomain),
            Body = new MultipartAlternative { Text(TextFormat.Plain, email.TextBody), Text(TextFormat.Html, email.HtmlBody) },
        };
        message.From.Add(new MailboxAddress(Encoding.UTF8, options.Value.FromName, options.Value.FromAddress));
        message.To.Add(new MailboxAddress(Encoding.UTF8, email.ToName, email.ToAddress));
        if (email.ReplyTo is { } replyTo)
        {
            message.ReplyTo.Add(new MailboxAddress(Encoding.UTF8, replyTo.Name, replyTo.Address));
        }
        if (email.Language is { } language)
        {
            // A Content- header belongs to the body entity; MimeKit drops it from the message's own list.
            message.Body.Headers[HeaderId.ContentLanguage] = language;
        }
        foreach (var (name, value) in email.Headers)
        {
            message.Headers.Add(name, value);
        }
        // Bodies are encoded for any relay now, so a DKIM signature made next still holds after transport.
        message.Prepare(EncodingConstraint.SevenBit);
        return message;
    }

    private static TextPart Text(TextFormat format, string text)
    {
        var part = new TextPart(format);
        part.SetText(Encoding.UTF8, text);
        return part;
    }
}
