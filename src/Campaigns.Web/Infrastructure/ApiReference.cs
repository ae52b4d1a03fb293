using Scalar.AspNetCore;

namespace Campaigns.Web.Infrastructure;

/// <summary>
/// The browsable API reference at /api/docs, in every environment: the API is public. Its script and styles are
/// served by the app itself; the fonts, telemetry and assistant that would call other origins are switched off.
/// </summary>
public static class ApiReference
{
    public const string Path = "/api/docs";

    public static IEndpointRouteBuilder MapApiReference(this IEndpointRouteBuilder app)
    {
        app.MapScalarApiReference(Path, o => o
            .WithTitle("Campaigns API")
            .WithOpenApiRoutePattern("/api/openapi.json")
            .WithFavicon("/favicon.svg")
            .DisableDefaultFonts()
            .DisableTelemetry()
            .DisableAgent()
            .DisableMcp());
        return app;
    }
}
