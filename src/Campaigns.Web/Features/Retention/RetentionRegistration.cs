namespace Campaigns.Web.Features.Retention;

public static class RetentionRegistration
{
    public static IServiceCollection AddRetention(this IServiceCollection services)
    {
        services.AddOptions<RetentionOptions>().BindConfiguration(RetentionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<SignerDataAnonymiser>();
        services.AddScoped<UnconfirmedAccountPurger>();
        services.AddScoped<RetentionJob>();
        services.AddScoped<Undeliverable.UndeliverableAddresses>();
        services.AddScoped<Undeliverable.SupporterEmailSender>();
        return services;
    }
}
