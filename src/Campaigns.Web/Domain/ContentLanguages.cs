using System.Globalization;

namespace Campaigns.Web.Domain;

/// <summary>The languages campaigns and cases are written and translated in, and how other language tags map to them.</summary>
public static class ContentLanguages
{
    public const string English = "en";
    public const string Simplified = "zh-Hans";
    public const string Traditional = "zh-Hant";
    public const int MaxLength = 16;

    public static readonly IReadOnlyList<string> All = [English, Simplified, Traditional];

    public static string Current => Match(CultureInfo.CurrentUICulture.Name) ?? English;

    /// <summary>The supported language a tag asks for (zh-CN is simplified, zh-TW traditional), or null for any other language.</summary>
    public static string? Match(string? tag)
    {
        if (string.IsNullOrWhiteSpace(tag))
        {
            return null;
        }
        var parts = tag.Trim().Replace('_', '-').Split('-');
        if (parts[0].Equals("en", StringComparison.OrdinalIgnoreCase))
        {
            return English;
        }
        if (!parts[0].Equals("zh", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }
        return parts.Skip(1).Any(p => p.ToUpperInvariant() is "HANT" or "TW" or "HK" or "MO") ? Traditional : Simplified;
    }

    public static bool IsSupported(string? language) => language is not null && All.Contains(language);

    /// <summary>Each language by its own name, as its readers look for it in a list.</summary>
    public static string NameOf(string language) => language switch
    {
        Simplified => "简体中文",
        Traditional => "繁體中文",
        _ => "English",
    };
}
