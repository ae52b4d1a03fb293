using Microsoft.AspNetCore.Localization;

namespace Campaigns.Web.Infrastructure.Localization;

/// <summary>Each request speaks the language chosen with <c>?lang=</c>, then the remembered one, then the browser's, then English.</summary>
public static class LocalizationSetup
{
    public static IServiceCollection AddCampaignsLocalization(this IServiceCollection services)
    {
        services.AddLocalization(o => o.ResourcesPath = "");
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture(SupportedCultures.English);
            o.SupportedCultures = SupportedCultures.All.ToList();
            o.SupportedUICultures = SupportedCultures.All.ToList();
            o.RequestCultureProviders = [new QueryLanguageProvider(), new CookieLanguageProvider(), new AcceptLanguageProvider()];
        });
        return services;
    }

    public static IApplicationBuilder UseCampaignsLocalization(this IApplicationBuilder app) => app.UseRequestLocalization();
}
