using System.Globalization;

namespace Campaigns.Web.Infrastructure.Localization;

/// <summary>The languages the site speaks, and the one used when nothing else is known.</summary>
public static class SupportedCultures
{
    public const string English = "en";
    public const string SimplifiedChinese = "zh-Hans";
    public const string TraditionalChinese = "zh-Hant";

    public static IReadOnlyList<string> Names { get; } = [English, SimplifiedChinese, TraditionalChinese];

    public static IReadOnlyList<CultureInfo> All { get; } = Names.Select(CultureInfo.GetCultureInfo).ToList();

    /// <summary>The supported name matching <paramref name="name"/> in any letter case, or null.</summary>
    public static string? Find(string? name) =>
        Names.FirstOrDefault(n => string.Equals(n, name?.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>The culture stored with a supporter; rows from before languages were stored are English.</summary>
    public static CultureInfo OrEnglish(string? name) => CultureInfo.GetCultureInfo(Find(name) ?? English);

    /// <summary>The current UI language as one of the supported names.</summary>
    public static string Current => Find(CultureInfo.CurrentUICulture.Name) ?? English;

    /// <summary>
    /// Makes <paramref name="name"/> the current culture and UI culture until disposed, so text composed meanwhile
    /// (an email to a supporter) is in that person's language.
    /// </summary>
    public static IDisposable Use(string? name) => new CultureScope(OrEnglish(name));

    private sealed class CultureScope : IDisposable
    {
        private readonly CultureInfo _culture = CultureInfo.CurrentCulture;
        private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

        public CultureScope(CultureInfo culture)
        {
            CultureInfo.CurrentCulture = culture;
            CultureInfo.CurrentUICulture = culture;
        }

        public void Dispose()
        {
            CultureInfo.CurrentCulture = _culture;
            CultureInfo.CurrentUICulture = _uiCulture;
        }
    }
}
