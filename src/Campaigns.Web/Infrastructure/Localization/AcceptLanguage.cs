using Microsoft.Net.Http.Headers;

namespace Campaigns.Web.Infrastructure.Localization;

/// <summary>
/// Maps a browser's languages to the supported ones. Chinese is matched by script, region or bare tag, so the
/// result does not depend on which parents ICU gives to regional cultures ("zh" has no script at all).
/// </summary>
public static class AcceptLanguage
{
    private static readonly string[] TraditionalRegions = ["tw", "hk", "mo"];

    public static string? Choose(IEnumerable<StringWithQualityHeaderValue> languages) =>
        languages
            .Where(l => l.Quality is not 0)
            .OrderByDescending(l => l.Quality ?? 1)
            .Select(l => Map(l.Value.Value))
            .FirstOrDefault(name => name is not null);

    public static string? Map(string? tag)
    {
        var parts = (tag ?? "").ToLowerInvariant().Replace('_', '-').Split('-', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0)
        {
            return null;
        }
        return parts[0] switch
        {
            "en" => SupportedCultures.English,
            "zh" when parts.Contains("hant") => SupportedCultures.TraditionalChinese,
            "zh" when parts.Contains("hans") => SupportedCultures.SimplifiedChinese,
            "zh" when parts.Skip(1).Any(TraditionalRegions.Contains) => SupportedCultures.TraditionalChinese,
            "zh" => SupportedCultures.SimplifiedChinese,
            _ => null,
        };
    }
}
