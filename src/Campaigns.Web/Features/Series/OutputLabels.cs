using Microsoft.AspNetCore.Mvc.Localization;

namespace Campaigns.Web.Features.Series;

public static class OutputLabels
{
    /// <summary>What an output is, in the words urgent-action series use: the first action, further information, the final one.</summary>
    public static LocalizedHtmlString Kind(IHtmlLocalizer l, int number, bool final) =>
        final ? l["final update"] : number == 1 ? l["first action"] : l["further information"];
}
