using Campaigns.Web.Domain;
using Microsoft.AspNetCore.Mvc.Localization;

namespace Campaigns.Web.Features.Targets;

public static class TargetLabels
{
    public static LocalizedHtmlString Channel(IHtmlLocalizer l, DeliveryChannel channel) =>
        channel == DeliveryChannel.Post ? l["Post"] : l["Email"];

    public static LocalizedHtmlString Mode(IHtmlLocalizer l, DeliveryMode mode) => mode switch
    {
        DeliveryMode.Digest => l["Digest"],
        DeliveryMode.OnRelease => l["On release"],
        _ => l["One by one"],
    };
}
