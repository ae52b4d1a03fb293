using System.Text.RegularExpressions;

namespace Campaigns.Web.Features.Letters;

/// <summary>
/// A letter's text with placeholders in braces, such as <c>{salutation}</c> or <c>{supporter_name}</c>.
/// <c>{editable}</c> marks where the paragraph a supporter may rewrite goes.
/// </summary>
public static partial class LetterTemplate
{
    public const string Editable = "editable";

    public static readonly IReadOnlyList<string> Placeholders =
    [
        "salutation", "target_name", "target_title", "supporter_name", "supporter_city", "supporter_country", "date", Editable,
    ];

    public static IReadOnlyList<string> UnknownPlaceholders(string template) =>
        PlaceholderPattern().Matches(template).Select(m => m.Groups[1].Value)
            .Where(name => !Placeholders.Contains(name)).Distinct().ToList();

    public static string Listed(IEnumerable<string> placeholders) => string.Join(", ", placeholders.Select(p => "{" + p + "}"));

    public static bool HasEditablePart(string template) =>
        PlaceholderPattern().Matches(template).Any(m => m.Groups[1].Value == Editable);

    public static string Render(string template, LetterFields fields) =>
        PlaceholderPattern().Replace(template, m => fields.ValueOf(m.Groups[1].Value) ?? m.Value);

    [GeneratedRegex(@"\{([a-z_]+)\}")]
    private static partial Regex PlaceholderPattern();
}
