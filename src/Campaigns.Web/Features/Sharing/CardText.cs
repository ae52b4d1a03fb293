using System.Globalization;
using System.Text;
using SkiaSharp;

namespace Campaigns.Web.Features.Sharing;

/// <summary>A line of text cut into runs, each drawn with the typeface that has its characters.</summary>
public sealed class CardText(CardFonts fonts, float size)
{
    public sealed record Run(string Text, SKTypeface Face);

    public IReadOnlyList<Run> Runs(string text)
    {
        var runs = new List<Run>();
        var current = new StringBuilder();
        SKTypeface? face = null;
        foreach (var rune in text.EnumerateRunes())
        {
            var next = fonts.For(rune.Value);
            if (face is not null && next != face)
            {
                runs.Add(new Run(current.ToString(), face));
                current.Clear();
            }
            face = next;
            current.Append(rune.ToString());
        }
        if (face is not null)
        {
            runs.Add(new Run(current.ToString(), face));
        }
        return runs;
    }

    public float Width(string text) => Runs(text).Sum(r =>
    {
        using var font = new SKFont(r.Face, size);
        return font.MeasureText(r.Text);
    });

    public void Draw(SKCanvas canvas, string text, float x, float y, SKPaint paint)
    {
        foreach (var run in Runs(text))
        {
            using var font = new SKFont(run.Face, size);
            canvas.DrawText(run.Text, new SKPoint(x, y), SKTextAlign.Left, font, paint);
            x += font.MeasureText(run.Text);
        }
    }

    /// <summary>
    /// Greedy wrapping at spaces, and between any two CJK characters (which need no spaces); a title longer than
    /// <paramref name="maxLines"/> ends in an ellipsis.
    /// </summary>
    public IReadOnlyList<string> Wrap(string text, float maxWidth, int maxLines)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var piece in Pieces(text))
        {
            if (line.Length > 0 && Width(line + piece.TrimEnd()) > maxWidth)
            {
                lines.Add(line.TrimEnd());
                line = "";
            }
            line += line.Length == 0 ? piece.TrimStart() : piece;
        }
        if (line.Trim().Length > 0)
        {
            lines.Add(line.TrimEnd());
        }
        if (lines.Count <= maxLines)
        {
            return lines;
        }
        var last = lines[maxLines - 1];
        while (last.Length > 1 && Width(last + "…") > maxWidth)
        {
            last = last[..^1];
        }
        return [.. lines.Take(maxLines - 1), last.TrimEnd() + "…"];
    }

    private static IEnumerable<string> Pieces(string text)
    {
        var piece = new StringBuilder();
        foreach (var rune in text.EnumerateRunes())
        {
            if (IsWide(rune))
            {
                if (piece.Length > 0)
                {
                    yield return piece.ToString();
                    piece.Clear();
                }
                yield return rune.ToString();
                continue;
            }
            piece.Append(rune.ToString());
            if (Rune.IsWhiteSpace(rune))
            {
                yield return piece.ToString();
                piece.Clear();
            }
        }
        if (piece.Length > 0)
        {
            yield return piece.ToString();
        }
    }

    private static bool IsWide(Rune rune) =>
        rune.Value >= 0x2E80 && Rune.GetUnicodeCategory(rune) is UnicodeCategory.OtherLetter or UnicodeCategory.OtherPunctuation
            or UnicodeCategory.OpenPunctuation or UnicodeCategory.ClosePunctuation;
}
