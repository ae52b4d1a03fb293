using Campaigns.Web.Domain;
using Microsoft.AspNetCore.Mvc.Localization;

namespace Campaigns.Web.Features.Shared;

/// <summary>
/// The words pages show for stored states. Each key is written out, not taken from the enum's name,
/// so people read "Joint statement" rather than "JointStatement" and every key is in the resources.
/// </summary>
public static class Labels
{
    public static LocalizedHtmlString Kind(IHtmlLocalizer l, CampaignKind kind) => kind switch
    {
        CampaignKind.Petition => l["Petition"],
        CampaignKind.AppealLetter => l["Appeal letter"],
        CampaignKind.SignOnLetter => l["Sign-on letter"],
        CampaignKind.JointStatement => l["Joint statement"],
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    public static LocalizedHtmlString Status(IHtmlLocalizer l, CampaignStatus status) => status switch
    {
        CampaignStatus.Draft => l["Draft"],
        CampaignStatus.Published => l["Published"],
        CampaignStatus.Closed => l["Closed"],
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>What the public reads: whether signatures are taken now. "Published" is the organizers' word.</summary>
    public static LocalizedHtmlString Availability(IHtmlLocalizer l, bool isOpen) => isOpen ? l["Open"] : l["Closed"];

    public static string AvailabilityClass(bool isOpen) => isOpen ? "status-open" : "status-closed";

    public static LocalizedHtmlString Delivery(IHtmlLocalizer l, OutboxState state) => state switch
    {
        OutboxState.Queued => l["Queued"],
        OutboxState.Retrying => l["Retrying"],
        OutboxState.Sent => l["Sent"],
        OutboxState.Dead => l["Dead"],
        OutboxState.Skipped => l["Skipped"],
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static LocalizedHtmlString ShownAs(IHtmlLocalizer l, NameDisplay display) => display switch
    {
        NameDisplay.Hidden => l["Not shown"],
        NameDisplay.Initials => l["Initials"],
        NameDisplay.Full => l["Full name"],
        NameDisplay.Never => l["Never named, not even to officials"],
        _ => throw new ArgumentOutOfRangeException(nameof(display), display, null),
    };
}
