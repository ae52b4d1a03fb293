namespace Campaigns.Web.Infrastructure.Localization;

/// <summary>Remembers the language a visitor chose for a year.</summary>
public static class LanguageCookie
{
    public const string Name = "campaigns.lang";

    public static void Remember(HttpContext httpContext, string culture) =>
        httpContext.Response.Cookies.Append(Name, culture, new CookieOptions
        {
            Path = "/",
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Secure = httpContext.Request.IsHttps,
            MaxAge = TimeSpan.FromDays(365),
        });
}
