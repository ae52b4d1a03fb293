using Campaigns.Web.Outbox;

namespace Campaigns.Web.Features.Series;

public static class SeriesRegistration
{
    public static IServiceCollection AddSeries(this IServiceCollection services)
    {
        services.AddScoped<SeriesQueries>();
        services.AddSingleton<CreateSeries.Validator>();
        services.AddScoped<CreateSeries.Handler>();
        services.AddSingleton<PlaceInSeries.Validator>();
        services.AddScoped<PlaceInSeries.Handler>();
        services.AddSingleton<SetActionStatus.Validator>();
        services.AddScoped<SetActionStatus.Handler>();
        services.AddScoped<IOutboxHandler, FollowUpEmailHandler>();
        return services;
    }
}
