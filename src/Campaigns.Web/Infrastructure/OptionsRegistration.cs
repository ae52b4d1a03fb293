using Campaigns.Web.Email;
using Campaigns.Web.Jobs;
using Campaigns.Web.Outbox;
using Microsoft.AspNetCore.Hosting.Server;

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
        services.AddOptions<CampaignsOptions>()
            .Validate(o => environment.IsDevelopment() || !string.IsNullOrWhiteSpace(o.PublicBaseUrl),
                "Campaigns:PublicBaseUrl is required outside Development: it is the address links in emails point to.")
            .PostConfigure<IServer>((o, server) =>
            {
                if (environment.IsDevelopment())
                {
                    o.ListeningAddress = () => ServerAddresses.Browsable(server).FirstOrDefault();
                }
            });
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
