using System.Text;

namespace Campaigns.Web.Features.Organizer;

internal static class Text
{
    /// <summary>Single-spaced, trimmed, composed text, or null when nothing is left.</summary>
    public static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text)
            ? null
            : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Normalize(NormalizationForm.FormC);

    /// <summary>Keeps line breaks, which Markdown and closing messages depend on.</summary>
    public static string? CleanBlock(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : text.Replace("\r\n", "\n").Trim().Normalize(NormalizationForm.FormC);

    /// <summary>Dates arrive without a zone from forms and some clients; the site works in UTC throughout.</summary>
    public static DateTime? Utc(DateTime? value) => value?.Kind switch
    {
        DateTimeKind.Local => value.Value.ToUniversalTime(),
        DateTimeKind.Unspecified => DateTime.SpecifyKind(value.Value, DateTimeKind.Utc),
        _ => value,
    };
}
