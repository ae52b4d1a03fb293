namespace Campaigns.Web.Features.Signing;

public static class SigningRegistration
{
    public static IServiceCollection AddSigning(this IServiceCollection services)
    {
        services.AddOptions<SigningOptions>().BindConfiguration(SigningOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<SignatureWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<SignatureWriter>());
        services.AddSingleton<ConfirmationWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<ConfirmationWriter>());
        services.AddSingleton<SignatureTokens>();
        services.AddSingleton<IpHasher>();
        services.AddScoped<SignatureStore>();
        services.AddScoped<SignCampaign.Handler>();
        services.AddScoped<ConfirmSignature.Handler>();
        return services;
    }
}
