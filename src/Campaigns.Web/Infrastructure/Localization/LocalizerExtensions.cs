using System.Globalization;
using Campaigns.Web.Resources;
using Microsoft.AspNetCore.Mvc.Localization;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Infrastructure.Localization;

/// <summary>
/// Counts with the right noun form: English says "1 recipient" and "2 recipients"; Chinese has one form, which
/// its translators give to both keys. The count is formatted for the current culture ("12,345").
/// </summary>
public static class LocalizerExtensions
{
    /// <summary>
    /// The form for <paramref name="count"/>; without <paramref name="arguments"/> the formatted count is {0},
    /// with them they fill the placeholders as given (the count among them, formatted by the caller).
    /// </summary>
    public static LocalizedHtmlString Plural(this IHtmlLocalizer<SharedResource> l, long count, string one, string other, params object[] arguments) =>
        l[Choose(count, one, other), Arguments(count, arguments)];

    public static LocalizedString Plural(this IStringLocalizer<SharedResource> l, long count, string one, string other, params object[] arguments) =>
        l[Choose(count, one, other), Arguments(count, arguments)];

    /// <summary>
    /// The translated text with its placeholders filled, for a page title or attribute built in code
    /// (a <see cref="LocalizedHtmlString"/>'s Value is the text before formatting).
    /// </summary>
    public static string Text(this IHtmlLocalizer<SharedResource> l, string name, params object[] arguments) =>
        l.GetString(name, arguments).Value;

    private static object[] Arguments(long count, object[] arguments) =>
        arguments.Length > 0 ? arguments : [count.ToString("N0", CultureInfo.CurrentCulture)];

    private static string Choose(long count, string one, string other) =>
        count == 1 && CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "en" ? one : other;
}
