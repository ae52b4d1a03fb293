using Campaigns.Web.Email;
using Campaigns.Web.Jobs;
using Campaigns.Web.Outbox;

namespace Campaigns.Web.Infrastructure;

public static class OptionsRegistration
{
    public static IServiceCollection AddCampaignsOptions(this IServiceCollection services, IHostEnvironment environment)
    {
        services.Validated<CampaignsOptions>(CampaignsOptions.Section)
            .Validated<MailOptions>(MailOptions.Section)
            .Validated<OutboxOptions>(OutboxOptions.Section)
            .Validated<JobsOptions>(JobsOptions.Section)
            .Validated<RateLimitingOptions>(RateLimitingOptions.Section);
        // Relative folders mean the same place whichever directory the app was started from.
        services.PostConfigure<CampaignsOptions>(o => o.DataDirectory = Path.GetFullPath(o.DataDirectory, environment.ContentRootPath));
        services.PostConfigure<MailOptions>(o =>
        {
            o.PickupDirectory = string.IsNullOrWhiteSpace(o.PickupDirectory) ? null : Path.GetFullPath(o.PickupDirectory, environment.ContentRootPath);
            o.Dkim.PrivateKeyPath = string.IsNullOrWhiteSpace(o.Dkim.PrivateKeyPath) ? null : Path.GetFullPath(o.Dkim.PrivateKeyPath, environment.ContentRootPath);
        });
        return services;
    }

    private static IServiceCollection Validated<T>(this IServiceCollection services, string section) where T : class
    {
        services.AddOptions<T>().BindConfiguration(section).ValidateDataAnnotations().ValidateOnStart();
        return services;
    }
}
