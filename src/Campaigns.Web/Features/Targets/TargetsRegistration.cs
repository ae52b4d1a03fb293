namespace Campaigns.Web.Features.Targets;

public static class TargetsRegistration
{
    public static IServiceCollection AddTargets(this IServiceCollection services)
    {
        services.AddSingleton<TargetValidator>();
        services.AddSingleton<ListTargets.Validator>();
        services.AddSingleton<NoFurtherAction.Validator>();
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
