using System.Globalization;
using System.Security;
using System.Text;
using Campaigns.Web.Features.Signing;
using Campaigns.Web.Infrastructure.Localization;
using Campaigns.Web.Resources;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Tracking.Map;

/// <summary>
/// Draws confirmed signatures by country as an SVG world map on the server: no tiles, no script, nothing from
/// elsewhere. One drawing is kept per subject and language and reused until a country's count changes, so a busy
/// tracking page costs a comparison of figures, and a campaign whose counts move keeps one drawing, not one per count.
/// It is an image with a title and a description that send readers to the table.
/// </summary>
public sealed class SupportMap(IMemoryCache cache, IStringLocalizer<SharedResource> l)
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(10);
    private const int PointRadius = 9;

    private sealed record Drawing(string Figures, string Svg);

    /// <param name="subject">What the map is of (a campaign or a person), so its drawing is kept apart from others'.</param>
    public string Render(string subject, IReadOnlyList<CountryCount> countries)
    {
        var key = ("support-map", subject, SupportedCultures.Current);
        var figures = string.Join(',', countries.Select(c => $"{c.Country}:{c.Count}"));
        if (cache.TryGetValue(key, out Drawing? kept) && kept!.Figures == figures)
        {
            return kept.Svg;
        }
        var svg = Draw(countries.GroupBy(c => c.Country.ToUpperInvariant()).ToDictionary(g => g.Key, g => g.Sum(c => c.Count)));
        cache.Set(key, new Drawing(figures, svg), new MemoryCacheEntryOptions { SlidingExpiration = KeptFor });
        return svg;
    }

    private string Draw(IReadOnlyDictionary<string, int> counts)
    {
        var world = CountryOutlines.World;
        var svg = new StringBuilder(48 * 1024);
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg class=\"support-map\" viewBox=\"0 0 {world.Width} {world.Height}\" role=\"img\" aria-labelledby=\"map-title map-desc\" xmlns=\"http://www.w3.org/2000/svg\">");
        svg.Append($"<title id=\"map-title\">{Escape(l["Signatures by country"])}</title>");
        svg.Append($"<desc id=\"map-desc\">{Escape(l["A world map shading each country by its number of confirmed signatures. The table below gives the number for each country."])}</desc>");
        foreach (var (code, path) in world.Shapes)
        {
            var count = counts.GetValueOrDefault(code);
            svg.Append(CultureInfo.InvariantCulture, $"<path class=\"map-shade-{SupportShades.Of(count)}\" d=\"{path}\"");
            AppendEnd(svg, "path", code, count);
        }
        // Drawn last, over the outlines, and only where someone signed: a point for every small island would hide the land.
        foreach (var (code, count) in counts.Where(c => c.Value > 0 && world.Points.ContainsKey(c.Key)).OrderBy(c => c.Key, StringComparer.Ordinal))
        {
            var (x, y) = world.Points[code];
            svg.Append(CultureInfo.InvariantCulture, $"<circle class=\"map-point map-shade-{SupportShades.Of(count)}\" cx=\"{x}\" cy=\"{y}\" r=\"{PointRadius}\"");
            AppendEnd(svg, "circle", code, count);
        }
        svg.Append("</svg>");
        return svg.ToString();
    }

    private void AppendEnd(StringBuilder svg, string element, string code, int count)
    {
        if (count == 0)
        {
            svg.Append("/>");
            return;
        }
        var label = l.Plural(count, "{0}: {1} signature", "{0}: {1} signatures", Countries.Name(code), count.ToString("N0"));
        svg.Append(CultureInfo.InvariantCulture, $" data-country=\"{code}\"><title>{Escape(label)}</title></{element}>");
    }

    private static string Escape(string text) => SecurityElement.Escape(text);
}
