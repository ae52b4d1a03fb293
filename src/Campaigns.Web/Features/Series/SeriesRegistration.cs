using Campaigns.Web.Outbox;

namespace Campaigns.Web.Features.Series;

public static class SeriesRegistration
{
    public static IServiceCollection AddSeries(this IServiceCollection services)
    {
        services.AddScoped<SeriesQueries>();
        services.AddScoped<CreateSeries.Handler>();
        services.AddScoped<PlaceInSeries.Handler>();
        services.AddScoped<SetActionStatus.Handler>();
        services.AddScoped<IOutboxHandler, FollowUpEmailHandler>();
        services.AddScoped<IOutboxHandler, FollowUpFanOutHandler>();
        return services;
    }
}
