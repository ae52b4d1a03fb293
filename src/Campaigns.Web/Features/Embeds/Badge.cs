using System.Globalization;
using System.Security;

namespace Campaigns.Web.Features.Embeds;

/// <summary>
/// A small SVG badge: a label and a figure. Every piece of text is XML-escaped, so a label can never
/// become markup, let alone script.
/// </summary>
public static class Badge
{
    public const string ContentType = "image/svg+xml; charset=utf-8";
    public const int MaxLabelLength = 60;

    // Wide enough for the figures and common Latin text at 11px; the label simply gets more room otherwise.
    private const double CharWidth = 7;
    private const int Padding = 8;
    private const int Height = 20;

    public static string Render(string label, string value)
    {
        var labelWidth = Width(label);
        var valueWidth = Width(value);
        var total = labelWidth + valueWidth;
        var text = SecurityElement.Escape($"{value} {label}");
        var l = SecurityElement.Escape(label);
        var v = SecurityElement.Escape(value);
        return string.Create(CultureInfo.InvariantCulture, $"""
            <svg xmlns="http://www.w3.org/2000/svg" width="{total}" height="{Height}" role="img" aria-label="{text}"><title>{text}</title><rect width="{labelWidth}" height="{Height}" fill="#555"/><rect x="{labelWidth}" width="{valueWidth}" height="{Height}" fill="#9a1b1b"/><g fill="#fff" font-family="Verdana,DejaVu Sans,sans-serif" font-size="11" text-anchor="middle"><text x="{labelWidth / 2.0}" y="14">{l}</text><text x="{labelWidth + valueWidth / 2.0}" y="14">{v}</text></g></svg>
            """);
    }

    private static int Width(string text) => (int)Math.Ceiling(new StringInfo(text).LengthInTextElements * CharWidth) + 2 * Padding;
}
