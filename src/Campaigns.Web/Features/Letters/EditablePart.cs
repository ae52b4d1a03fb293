namespace Campaigns.Web.Features.Letters;

/// <summary>Finds the supporter's paragraph in a whole letter they sent back, if they changed nothing else.</summary>
public static class EditablePart
{
    private const string Marker = "\u0001editable\u0001";

    /// <summary>
    /// The text between the fixed parts of <paramref name="template"/>, or null when anything outside the
    /// editable paragraph differs from the letter as the site writes it. Line endings and the blank space
    /// around the paragraph do not count as changes.
    /// </summary>
    public static string? Extract(string template, LetterFields fields, string letterText)
    {
        var rendered = Normalize(LetterTemplate.Render(template, fields with { EditableText = Marker }));
        var at = rendered.IndexOf(Marker, StringComparison.Ordinal);
        if (at < 0)
        {
            return null;
        }
        var before = rendered[..at].TrimEnd();
        var after = rendered[(at + Marker.Length)..].TrimStart();
        var letter = Normalize(letterText);
        if (letter.Length < before.Length + after.Length
            || !letter.StartsWith(before, StringComparison.Ordinal)
            || !letter.EndsWith(after, StringComparison.Ordinal))
        {
            return null;
        }
        return letter[before.Length..^after.Length].Trim();
    }

    private static string Normalize(string text) => text.ReplaceLineEndings("\n").Trim();
}
