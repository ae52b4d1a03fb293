using Campaigns.Web.Infrastructure.Localization;
using Campaigns.Web.Features.Counting;

namespace Campaigns.Web.Features.Tracking;

public static class TrackingRegistration
{
    public static IServiceCollection AddTracking(this IServiceCollection services)
    {
        services.AddOptions<TrackingOptions>().BindConfiguration(TrackingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddScoped<TrackedSubjects>();
        services.AddScoped<SupportStatistics>();
        services.AddScoped<CampaignRecord>();
        services.AddScoped<TrackingViewBuilder>();
        services.AddSingleton<Map.SupportMap>();
        services.AddSingleton<CountsBroadcaster>();
        services.AddHostedService(sp => sp.GetRequiredService<CountsBroadcaster>());
        services.AddSingleton<LiveCountsStream>();
        // Evicted whenever the counting job folds new confirmations in, so "cached" never means "behind"; kept
        // apart per language, since badges and embeds speak the asker's.
        services.AddOutputCache(o => o.AddPolicy(TrackingApi.CountsPolicy, p => p
            .Expire(TimeSpan.FromSeconds(TrackingApi.CountsMaxAgeSeconds)).Tag(SignatureCounter.CountsCacheTag)
            .VaryByValue(http => new KeyValuePair<string, string>("language", RequestLanguage.Of(http)))));
        return services;
    }
}
