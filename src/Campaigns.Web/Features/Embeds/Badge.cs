using System.Globalization;
using System.Security;
using System.Text;

namespace Campaigns.Web.Features.Embeds;

/// <summary>
/// A small SVG badge: the figure in words ("12,345 signatures"), after an optional label chosen by whoever
/// embeds it. Every piece of text is XML-escaped, so a label can never become markup, let alone script.
/// </summary>
public static class Badge
{
    public const string ContentType = "image/svg+xml; charset=utf-8";
    public const int MaxLabelLength = 60;

    // Wide enough for figures and common Latin text at 11px; other scripts simply get a little more room.
    private const double CharWidth = 7;
    private const int Padding = 8;
    private const int Height = 20;

    public static string Render(string? label, string figure)
    {
        var labelWidth = label is null ? 0 : Width(label);
        var figureWidth = Width(figure);
        var spoken = SecurityElement.Escape(label is null ? figure : $"{label}: {figure}");
        var svg = new StringBuilder();
        svg.Append(Inv($"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{labelWidth + figureWidth}\" height=\"{Height}\" role=\"img\" aria-label=\"{spoken}\">"));
        svg.Append($"<title>{spoken}</title>");
        svg.Append(Inv($"<rect width=\"{labelWidth}\" height=\"{Height}\" fill=\"#555\"/>"));
        svg.Append(Inv($"<rect x=\"{labelWidth}\" width=\"{figureWidth}\" height=\"{Height}\" fill=\"#9a1b1b\"/>"));
        svg.Append("<g fill=\"#fff\" font-family=\"Verdana,DejaVu Sans,sans-serif\" font-size=\"11\" text-anchor=\"middle\">");
        if (label is not null)
        {
            svg.Append(Inv($"<text x=\"{labelWidth / 2.0}\" y=\"14\">{SecurityElement.Escape(label)}</text>"));
        }
        svg.Append(Inv($"<text x=\"{labelWidth + figureWidth / 2.0}\" y=\"14\">{SecurityElement.Escape(figure)}</text>"));
        svg.Append("</g></svg>");
        return svg.ToString();
    }

    private static int Width(string text) => (int)Math.Ceiling(new StringInfo(text).LengthInTextElements * CharWidth) + 2 * Padding;

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
