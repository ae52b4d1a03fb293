namespace Campaigns.Web.Features.Translations;

public static class TranslationsRegistration
{
    public static IServiceCollection AddTranslations(this IServiceCollection services)
    {
        services.AddScoped<TranslatedCampaigns>();
        services.AddScoped<TranslatedCases>();
        services.AddScoped<CampaignTranslations>();
        services.AddScoped<CaseTranslations>();
        return services;
    }
}
