namespace Campaigns.Web.Features.Signing;

public static class SignatureEmails
{
    public const string Confirmation = "signature-confirmation";
    public const string AlreadySigned = "signature-already-signed";

    public sealed record Payload(Guid SignatureId);
}
