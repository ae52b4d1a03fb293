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
/// elsewhere. The drawing is kept per language and set of figures, so a busy tracking page reuses it until a
/// country's count changes. It is an image with a title and a description that send readers to the table.
/// </summary>
public sealed class SupportMap(IMemoryCache cache, IStringLocalizer<SharedResource> l)
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(10);
    private const int PointRadius = 9;

    public string Render(IReadOnlyList<CountryCount> countries)
    {
        var figures = string.Join(',', countries.Select(c => $"{c.Country}:{c.Count}"));
        return cache.GetOrCreate(("support-map", SupportedCultures.Current, figures), entry =>
        {
            entry.SlidingExpiration = KeptFor;
            return Draw(countries.GroupBy(c => c.Country.ToUpperInvariant()).ToDictionary(g => g.Key, g => g.Sum(c => c.Count)));
        })!;
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
