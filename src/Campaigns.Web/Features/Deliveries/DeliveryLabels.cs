using Campaigns.Web.Domain;
using Campaigns.Web.Features.Targets;
using Microsoft.AspNetCore.Mvc.Localization;

namespace Campaigns.Web.Features.Deliveries;

/// <summary>The ledger's values in words; the API keeps the lowercase names ("onrelease", "queued").</summary>
public static class DeliveryLabels
{
    public static LocalizedHtmlString Channel(IHtmlLocalizer l, string channel) =>
        TargetLabels.Channel(l, Enum.Parse<DeliveryChannel>(channel, ignoreCase: true));

    public static LocalizedHtmlString Mode(IHtmlLocalizer l, string mode) =>
        TargetLabels.Mode(l, Enum.Parse<DeliveryMode>(mode, ignoreCase: true));

    public static LocalizedHtmlString Status(IHtmlLocalizer l, string status) => DeliveryStatusNames.Parse(status) switch
    {
        DeliveryStatus.Queued => l["Queued"],
        DeliveryStatus.Held => l["Held"],
        DeliveryStatus.Sending => l["Sending"],
        DeliveryStatus.Sent => l["Sent"],
        DeliveryStatus.Retrying => l["Retrying"],
        DeliveryStatus.Failed => l["Failed"],
        DeliveryStatus.Cancelled => l["Cancelled"],
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static LocalizedHtmlString PostingMethod(IHtmlLocalizer l, string? method) => method switch
    {
        "hand" => l["By hand"],
        "courier" => l["By courier"],
        _ => l["By post"],
    };
}
