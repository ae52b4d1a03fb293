using System.Globalization;

namespace Campaigns.Web.Infrastructure.Localization;

/// <summary>Links to the current page in each language, each named in its own language so anyone can find theirs.</summary>
public static class LanguageLinks
{
    public sealed record Link(string Culture, string Label, string Href, bool IsCurrent);

    private static readonly IReadOnlyDictionary<string, string> OwnNames = new Dictionary<string, string>
    {
        [SupportedCultures.English] = "English",
        [SupportedCultures.SimplifiedChinese] = "简体中文",
        [SupportedCultures.TraditionalChinese] = "繁體中文",
    };

    public static IReadOnlyList<Link> For(HttpRequest request)
    {
        var current = SupportedCultures.Current;
        return SupportedCultures.Names
            .Select(name => new Link(name, OwnNames[name], Href(request, name), name == current))
            .ToList();
    }

    private static string Href(HttpRequest request, string culture) =>
        LanguageInLinks.WithLanguage((request.PathBase + request.Path).Value + request.QueryString.Value, CultureInfo.GetCultureInfo(culture));
}
