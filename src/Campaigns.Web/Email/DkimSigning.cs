using Microsoft.Extensions.Options;
using MimeKit;
using MimeKit.Cryptography;

namespace Campaigns.Web.Email;

/// <summary>Signs outgoing messages when a DKIM key is configured, so receivers can tell the mail is really the platform's.</summary>
public sealed class DkimSigning(IOptions<MailOptions> options)
{
    private static readonly HeaderId[] SignedHeaders =
    [
        HeaderId.From, HeaderId.To, HeaderId.Subject, HeaderId.Date, HeaderId.MessageId, HeaderId.ReplyTo,
        HeaderId.MimeVersion, HeaderId.ContentType, HeaderId.ListUnsubscribe, HeaderId.ListUnsubscribePost,
    ];

    private readonly DkimSigner? _signer = options.Value.Dkim.Enabled ? options.Value.Dkim.CreateSigner() : null;

    public void Sign(MimeMessage message)
    {
        if (_signer is null)
        {
            return;
        }
        // Whatever transfer encoding the relay would otherwise choose is fixed now: a signed body must not change on the way.
        message.Prepare(EncodingConstraint.SevenBit);
        _signer.Sign(MessageFormat.Wire, message, SignedHeaders);
    }
}
