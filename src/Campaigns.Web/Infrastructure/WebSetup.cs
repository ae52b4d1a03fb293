using System.Text.Json;
using System.Text.Json.Serialization;
using Campaigns.Web.Features.Campaigns;
using Campaigns.Web.Features.Counting;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Razor;

namespace Campaigns.Web.Infrastructure;

public static class WebSetup
{
    public const long MaxRequestBytes = 256 * 1024;

    public static IServiceCollection AddCampaignsWeb(this IServiceCollection services)
    {
        services.AddSingleton(TimeProvider.System);
        services.AddMemoryCache();
        services.AddControllersWithViews(o => o.Filters.Add(new AutoValidateAntiforgeryTokenAttribute()))
            .AddViewLocalization()
            .AddDataAnnotationsLocalization();
        services.Configure<RazorViewEngineOptions>(o =>
        {
            o.ViewLocationFormats.Clear();
            o.ViewLocationFormats.Add("/Features/{1}/Views/{0}.cshtml");
            o.ViewLocationFormats.Add("/Features/Shared/{0}.cshtml");
        });
        services.Configure<Microsoft.AspNetCore.Http.Json.JsonOptions>(o =>
        {
            o.SerializerOptions.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.CamelCase));
            o.SerializerOptions.DefaultIgnoreCondition = JsonIgnoreCondition.Never;
        });
        services.AddAntiforgery(o => o.Cookie.Name = "campaigns.af");
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemTitles.Localize);
        // Unreadable request bodies reach BadRequestHandler, which names the field at fault.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddExceptionHandler<BadRequestHandler>();
        services.AddCampaignsOpenApi();
        // No Server header: it tells an attacker what runs here and costs every response, reads of counts included.
        services.Configure<Microsoft.AspNetCore.Server.Kestrel.Core.KestrelServerOptions>(o =>
        {
            o.Limits.MaxRequestBodySize = MaxRequestBytes;
            o.AddServerHeader = false;
        });
        services.Configure<Microsoft.AspNetCore.Http.Features.FormOptions>(o => o.ValueLengthLimit = (int)MaxRequestBytes);
        return services;
    }
}
