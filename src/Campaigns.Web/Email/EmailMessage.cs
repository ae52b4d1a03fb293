namespace Campaigns.Web.Email;

public sealed record EmailMessage(
    string ToAddress,
    string ToName,
    string Subject,
    string TextBody,
    string HtmlBody)
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();

    /// <summary>Where replies go when that is not the sender, e.g. the supporter behind a letter.</summary>
    public EmailAddress? ReplyTo { get; init; }
}

public sealed record EmailAddress(string Address, string Name);
