using Microsoft.AspNetCore.Localization;

namespace Campaigns.Web.Infrastructure.Localization;

/// <summary>
/// <c>?lang=</c> chooses the language and remembers it in a cookie, so the choice holds on every later page;
/// a value the site does not speak is ignored.
/// </summary>
public sealed class QueryLanguageProvider : RequestCultureProvider
{
    public const string Parameter = "lang";

    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext)
    {
        if (SupportedCultures.Find(httpContext.Request.Query[Parameter]) is not { } name)
        {
            return NullProviderCultureResult;
        }
        LanguageCookie.Remember(httpContext, name);
        return Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(name));
    }
}

public sealed class CookieLanguageProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        SupportedCultures.Find(httpContext.Request.Cookies[LanguageCookie.Name]) is { } name
            ? Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(name))
            : NullProviderCultureResult;
}

public sealed class AcceptLanguageProvider : RequestCultureProvider
{
    public override Task<ProviderCultureResult?> DetermineProviderCultureResult(HttpContext httpContext) =>
        AcceptLanguage.Choose(httpContext.Request.GetTypedHeaders().AcceptLanguage) is { } name
            ? Task.FromResult<ProviderCultureResult?>(new ProviderCultureResult(name))
            : NullProviderCultureResult;
}
