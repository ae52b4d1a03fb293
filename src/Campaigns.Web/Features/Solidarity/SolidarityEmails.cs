namespace Campaigns.Web.Features.Solidarity;

public static class SolidarityEmails
{
    public const string Confirmation = "solidarity-message-confirmation";

    public sealed record Payload(Guid MessageId);
}
