using System.Globalization;
using Microsoft.AspNetCore.WebUtilities;

namespace Campaigns.Web.Infrastructure.Localization;

/// <summary>A link someone shares or is sent opens in the language of the person it was made for.</summary>
public static class LanguageInLinks
{
    /// <summary>
    /// <paramref name="url"/> with <c>lang</c> set to <paramref name="culture"/> (the current UI culture when
    /// null), replacing any <c>lang</c> it had and keeping its other parameters and fragment.
    /// </summary>
    public static string WithLanguage(string url, CultureInfo? culture = null)
    {
        var language = SupportedCultures.Find((culture ?? CultureInfo.CurrentUICulture).Name) ?? SupportedCultures.English;
        var hash = url.IndexOf('#');
        var fragment = hash < 0 ? "" : url[hash..];
        var withoutFragment = hash < 0 ? url : url[..hash];
        var question = withoutFragment.IndexOf('?');
        var path = question < 0 ? withoutFragment : withoutFragment[..question];
        var query = QueryHelpers.ParseQuery(question < 0 ? "" : withoutFragment[question..])
            .Where(p => !string.Equals(p.Key, QueryLanguageProvider.Parameter, StringComparison.OrdinalIgnoreCase))
            .SelectMany(p => p.Value.Select(v => KeyValuePair.Create(p.Key, v)))
            .Append(KeyValuePair.Create(QueryLanguageProvider.Parameter, (string?)language));
        return path + QueryString.Create(query).ToUriComponent() + fragment;
    }
}
