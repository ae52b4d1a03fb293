using System.Globalization;
using System.Security;
using System.Text;
using Campaigns.Web.Resources;
using Campaigns.Web.Infrastructure.Localization;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Tracking;

/// <summary>
/// Draws signatures per day as an SVG bar chart on the server: no script, nothing from elsewhere. Screen
/// readers get a title and summary, each bar names its day and count, and the page shows the same numbers as a table.
/// </summary>
public static class SignatureChart
{
    private const int Width = 720;
    private const int Height = 220;
    private const int Left = 48;
    private const int Right = 8;
    private const int Top = 12;
    private const int Bottom = 28;
    private const int PlotWidth = Width - Left - Right;
    private const int PlotHeight = Height - Top - Bottom;

    public static string Render(IReadOnlyList<DayCount> days, IStringLocalizer<SharedResource> l)
    {
        var max = Math.Max(1, days.Count == 0 ? 0 : days.Max(d => d.Count));
        var svg = new StringBuilder();
        svg.Append(Inv($"<svg class=\"chart\" viewBox=\"0 0 {Width} {Height}\" role=\"img\" aria-labelledby=\"chart-title chart-desc\" xmlns=\"http://www.w3.org/2000/svg\">"));
        svg.Append($"<title id=\"chart-title\">{Escape(l["Signatures per day"])}</title>");
        svg.Append($"<desc id=\"chart-desc\">{Escape(Describe(days, l))}</desc>");
        AppendAxis(svg, max);
        AppendBars(svg, days, max, l);
        AppendDayLabels(svg, days);
        svg.Append("</svg>");
        return svg.ToString();
    }

    private static string Describe(IReadOnlyList<DayCount> days, IStringLocalizer<SharedResource> l) => days.Count == 0
        ? l["No signatures yet."]
        : l["{0} signatures from {1:d MMMM yyyy} to {2:d MMMM yyyy}; the most on one day: {3}.",
            days.Sum(d => d.Count).ToString("N0"), days[0].Day, days[^1].Day, days.Max(d => d.Count).ToString("N0")];

    private static void AppendAxis(StringBuilder svg, int max)
    {
        foreach (var value in new[] { 0, max / 2, max }.Distinct())
        {
            var y = Top + PlotHeight - (double)value / max * PlotHeight;
            svg.Append(Inv($"<line class=\"chart-grid\" x1=\"{Left}\" x2=\"{Width - Right}\" y1=\"{y:0.#}\" y2=\"{y:0.#}\"/>"));
            svg.Append(Inv($"<text class=\"chart-label\" x=\"{Left - 6}\" y=\"{y + 4:0.#}\" text-anchor=\"end\">{value:N0}</text>"));
        }
    }

    private static void AppendBars(StringBuilder svg, IReadOnlyList<DayCount> days, int max, IStringLocalizer<SharedResource> l)
    {
        var slot = (double)PlotWidth / Math.Max(1, days.Count);
        var barWidth = Math.Max(1, slot * 0.8);
        for (var i = 0; i < days.Count; i++)
        {
            var height = (double)days[i].Count / max * PlotHeight;
            var x = Left + i * slot + (slot - barWidth) / 2;
            var label = l.Plural(days[i].Count, "{0:d MMMM yyyy}: {1} signature", "{0:d MMMM yyyy}: {1} signatures", days[i].Day, days[i].Count.ToString("N0"));
            svg.Append(Inv($"<rect class=\"chart-bar\" x=\"{x:0.##}\" y=\"{Top + PlotHeight - height:0.##}\" width=\"{barWidth:0.##}\" height=\"{height:0.##}\">"));
            svg.Append($"<title>{Escape(label)}</title></rect>");
        }
    }

    private static void AppendDayLabels(StringBuilder svg, IReadOnlyList<DayCount> days)
    {
        if (days.Count == 0)
        {
            return;
        }
        foreach (var (index, anchor) in new[] { (0, "start"), (days.Count - 1, "end") }.DistinctBy(p => p.Item1))
        {
            var x = anchor == "start" ? Left : Width - Right;
            var text = days[index].Day.ToString("d MMM", CultureInfo.CurrentCulture);
            svg.Append(Inv($"<text class=\"chart-label\" x=\"{x}\" y=\"{Height - 8}\" text-anchor=\"{anchor}\">"));
            svg.Append($"{Escape(text)}</text>");
        }
    }

    private static string Escape(string text) => SecurityElement.Escape(text);

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
