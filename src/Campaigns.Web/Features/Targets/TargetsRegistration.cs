namespace Campaigns.Web.Features.Targets;

public static class TargetsRegistration
{
    public static IServiceCollection AddTargets(this IServiceCollection services)
    {
        services.AddScoped<TargetAccess>();
        services.AddScoped<ListTargets.Handler>();
        services.AddScoped<SaveTarget>();
        services.AddScoped<ImportTargets.Handler>();
        services.AddScoped<NoFurtherAction.Handler>();
        services.AddScoped<AddressOnBehalfOf.Handler>();
        services.AddScoped<TargetPages>();
        services.AddScoped<TargetChoices>();
        return services;
    }
}
