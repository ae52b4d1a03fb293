using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc.Localization;

namespace Campaigns.Web.Features.Campaigns;

public static class TargetSummary
{
    /// <summary>"X, Y, Z and 6 others": the first names in the organizer's order, the rest as a number.</summary>
    public static IHtmlContent Describe(IHtmlLocalizer l, IReadOnlyList<string> targets, int shown = 3)
    {
        if (targets.Count > shown + 1)
        {
            return l["{0} and {1} others", string.Join(", ", targets.Take(shown)), targets.Count - shown];
        }
        return targets.Count switch
        {
            0 => HtmlString.Empty,
            1 => new HtmlContentBuilder().Append(targets[0]),
            _ => l["{0} and {1}", string.Join(", ", targets.Take(targets.Count - 1)), targets[^1]],
        };
    }

    public static IHtmlContent Describe(IHtmlLocalizer l, IReadOnlyList<TargetView> targets) =>
        Describe(l, targets.Select(t => t.Title is null ? t.Name : $"{t.Title} {t.Name}").ToList());
}
