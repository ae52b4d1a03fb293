namespace Campaigns.Web.Features.Deliveries;

/// <summary>The outbox kinds and delivery keys of letters to targets and of supporters' copies.</summary>
public static class DeliveryMessages
{
    public const string Delivery = "delivery";
    public const string LetterCopy = "letter-copy";

    public sealed record DeliveryPayload(Guid DeliveryId);

    public sealed record CopyPayload(Guid SignatureId);

    public static string LetterKey(Guid signatureId, Guid targetId) => $"letter:{signatureId}:{targetId}";

    public static string BatchKey(Guid deliveryId) => $"batch:{deliveryId}";

    public static string OutboxKey(Guid deliveryId) => $"delivery:{deliveryId}";

    public static string CopyKey(Guid signatureId) => $"letter-copy:{signatureId}";
}
