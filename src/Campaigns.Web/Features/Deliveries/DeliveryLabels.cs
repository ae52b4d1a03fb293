using Microsoft.AspNetCore.Mvc.Localization;

namespace Campaigns.Web.Features.Deliveries;

/// <summary>The words the ledger shows for a delivery's channel, mode and status (stored and sent to the API in lower case).</summary>
public static class DeliveryLabels
{
    public static LocalizedHtmlString Channel(IHtmlLocalizer l, string channel) => channel switch
    {
        "email" => l["Email"],
        "post" => l["Post"],
        _ => throw new ArgumentOutOfRangeException(nameof(channel), channel, null),
    };

    public static LocalizedHtmlString Mode(IHtmlLocalizer l, string mode) => mode switch
    {
        "individual" => l["One by one"],
        "digest" => l["Digest"],
        "onrelease" => l["On release"],
        _ => throw new ArgumentOutOfRangeException(nameof(mode), mode, null),
    };

    public static LocalizedHtmlString Status(IHtmlLocalizer l, string status) => status switch
    {
        "queued" => l["Queued"],
        "held" => l["Held"],
        "sending" => l["Sending"],
        "sent" => l["Sent"],
        "retrying" => l["Retrying"],
        "failed" => l["Failed"],
        "cancelled" => l["Cancelled"],
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
