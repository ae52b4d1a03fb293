namespace Campaigns.Web.Features.Errors;

public static class ErrorPages
{
    /// <summary>
    /// Error responses without a body become a page for browsers and a problem+json document for everyone else,
    /// the API included, whatever its callers accept.
    /// </summary>
    public static IApplicationBuilder UseErrorPages(this IApplicationBuilder app) => app
        .UseWhen(WantsPage, pages => pages.UseStatusCodePagesWithReExecute("/error/{0}"))
        .UseWhen(context => !WantsPage(context), others => others.UseStatusCodePages());

    /// <summary>A browser asking for anything outside the API gets pages for its errors.</summary>
    public static bool WantsPage(HttpContext context) =>
        !context.Request.Path.StartsWithSegments("/api")
        && context.Request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
}
