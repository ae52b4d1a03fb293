namespace Campaigns.Web.Email;

public sealed record EmailMessage(
    string ToAddress,
    string ToName,
    string Subject,
    string TextBody,
    string HtmlBody)
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>The language the message is written in (Content-Language), e.g. zh-Hant.</summary>
    public string? Language { get; init; }

    /// <summary>Where replies go when that is not the sender, e.g. the supporter behind a letter.</summary>
    public EmailAddress? ReplyTo { get; init; }

    /// <summary>
    /// What makes this message unique, such as its outbox delivery key. A message sent again after a crash carries
    /// the same Message-ID, so mail clients show it once; without a key the Message-ID is random.
    /// </summary>
    public string? DeliveryKey { get; init; }
}

public sealed record EmailAddress(string Address, string Name);
