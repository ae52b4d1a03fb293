namespace Campaigns.Web.Infrastructure.Localization;

/// <summary>
/// The language a request will be answered in, worked out the way the localization middleware will, for code
/// that runs before it: a cached answer must be the one in the asker's language.
/// </summary>
public static class RequestLanguage
{
    public static string Of(HttpContext http) =>
        SupportedCultures.Find(http.Request.Query[QueryLanguageProvider.Parameter])
        ?? SupportedCultures.Find(http.Request.Cookies[LanguageCookie.Name])
        ?? (http.Request.Headers.AcceptLanguage.Count == 0 ? null : AcceptLanguage.Choose(http.Request.GetTypedHeaders().AcceptLanguage))
        ?? SupportedCultures.English;
}
