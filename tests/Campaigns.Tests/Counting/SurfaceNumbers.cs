using System.Globalization;
using System.Text.RegularExpressions;

namespace Campaigns.Tests.Counting;

/// <summary>Reads the first number in a text as a reader of that language would: "1,030" in English.</summary>
public static partial class SurfaceNumbers
{
    public static int Parse(string? text, CultureInfo culture)
    {
        Assert.False(string.IsNullOrWhiteSpace(text), "the surface shows no number");
        var match = FirstNumber().Match(text!);
        Assert.True(match.Success, $"no number in '{text}'");
        var digits = match.Value.TrimEnd('.', ',', ' ', '\u00a0', '\u202f');
        return int.Parse(digits, NumberStyles.AllowThousands, culture);
    }

    /// <summary>An element's text as read aloud: line breaks and runs of spaces become single spaces.</summary>
    public static string Words(AngleSharp.Dom.IElement? element) =>
        string.Join(' ', string.Join(' ', element?.ChildNodes.Select(n => n.TextContent) ?? [])
            .Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"\d[\d\s\u00a0\u202f.,']*")]
    private static partial Regex FirstNumber();
}
