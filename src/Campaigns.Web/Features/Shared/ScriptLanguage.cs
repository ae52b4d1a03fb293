using System.Text.RegularExpressions;

namespace Campaigns.Web.Features.Shared;

/// <summary>
/// The language of a name stored in Chinese characters, for its <c>lang</c> attribute, so screen readers and fonts
/// treat 黃雪琴 as Chinese on an English page; null for text in other scripts, which then takes the page's language.
/// </summary>
public static partial class ScriptLanguage
{
    public static string? Of(string? text) => text is not null && Han().IsMatch(text) ? "zh" : null;

    [GeneratedRegex(@"\p{IsCJKUnifiedIdeographs}|\p{IsCJKCompatibilityIdeographs}")]
    private static partial Regex Han();
}
