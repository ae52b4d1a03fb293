using Microsoft.AspNetCore.Authorization;

namespace Campaigns.Web.Features.Security;

public static class SecurityRegistration
{
    public static IServiceCollection AddSecurity(this IServiceCollection services)
    {
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, TwoFactorGate>();
        services.AddScoped<TwoFactorRule>();
        services.AddScoped<TwoFactorSignIn>();
        services.AddScoped<SessionRenewal>();
        services.AddScoped<SecurityOverviewQuery>();
        services.AddScoped<OrganisationTwoFactor>();
        return services;
    }
}
