using Campaigns.Web.Outbox;

namespace Campaigns.Web.Features.Fraud;

public static class FraudRegistration
{
    public static IServiceCollection AddFraud(this IServiceCollection services)
    {
        services.AddOptions<FraudOptions>().BindConfiguration(FraudOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<AdminCampaigns>();
        services.AddScoped<SourceAnalysis>();
        services.AddScoped<BulkInvalidation>();
        services.AddScoped<InvalidationHistory>();
        services.AddScoped<EmailDomainPolicy>();
        services.AddSingleton<EmailDomainRuleCache>();
        services.AddScoped<EmailDomainRules>();
        services.AddScoped<SigningRateWatch>();
        services.AddScoped<IOutboxHandler, SigningRateAlertEmail>();
        return services;
    }
}
