using Campaigns.Web.Domain;
using Campaigns.Web.Features.Signing;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Solidarity;

/// <summary>How a writer is named, exactly as they agreed: "Ana, Portugal", "A supporter from Portugal" or "A supporter".</summary>
public static class MessageLabels
{
    public static string Writer(IStringLocalizer l, PublicMessage message) => (message.FirstName, message.Country) switch
    {
        ({ } name, { } country) => l["{0}, {1}", name, Countries.Name(country)],
        (null, { } country) => l["A supporter from {0}", Countries.Name(country)],
        _ => l["A supporter"],
    };

    public static string Review(IStringLocalizer l, MessageReview review) => review switch
    {
        MessageReview.Approved => l["Approved"],
        MessageReview.Rejected => l["Rejected"],
        _ => l["Waiting"],
    };
}
