namespace Campaigns.Web.Infrastructure;

/// <summary>
/// Every response forbids loading anything from another origin: a signer's browser must never tell a
/// third party which campaign it is looking at. Only the embeddable counters under /embed may be framed
/// by other sites; everything else may be framed by this site alone. The API reference's viewer needs inline
/// script and styles (its configuration and its components' styles), so its path alone allows them; it still
/// loads nothing from another origin.
/// </summary>
public static class SecurityHeaders
{
    private const string Policy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "connect-src 'self'; form-action 'self'; base-uri 'none'; object-src 'none'; ";

    private const string ContentSecurityPolicy = Policy + "frame-ancestors 'self'";
    private const string FramableContentSecurityPolicy = Policy + "frame-ancestors *";
    private const string FramablePathPrefix = "/embed";

    private const string ApiReferencePolicy =
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; " +
        "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; form-action 'self'; base-uri 'none'; object-src 'none'; " +
        "frame-ancestors 'self'";

    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var headers = context.Response.Headers;
        if (context.Request.Path.StartsWithSegments(FramablePathPrefix))
        {
            headers.ContentSecurityPolicy = FramableContentSecurityPolicy;
        }
        else if (context.Request.Path.StartsWithSegments(ApiReference.Path))
        {
            headers.ContentSecurityPolicy = ApiReferencePolicy;
            headers.XFrameOptions = "SAMEORIGIN";
        }
        else
        {
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XFrameOptions = "SAMEORIGIN";
        }
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=(), interest-cohort=()";
        headers["Cross-Origin-Opener-Policy"] = "same-origin";
        await next();
    });
}
