using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Campaigns.Web.Features.Signing;
using Campaigns.Web.Resources;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Infrastructure;

public static class RateLimits
{
    public const string Accounts = "accounts";
    public const string Confirming = "confirming";
    public const string Reports = "reports";

    public static IServiceCollection AddCampaignsRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitingOptions.Section).Get<RateLimitingOptions>() ?? new();
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, ct) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                var l = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                await Results.Problem(l["Too many requests from this address. Please wait a minute and try again."],
                        statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests.")
                    .ExecuteAsync(context.HttpContext);
            };
            limiter.AddPolicy(SigningApi.RateLimitPolicy, http => PerClient(http, options.Enabled, options.SignaturesPerMinutePerClient));
            limiter.AddPolicy(Accounts, http => PerClient(http, options.Enabled, options.AccountActionsPerMinutePerClient));
            limiter.AddPolicy(Confirming, http => PerClient(http, options.Enabled, options.ConfirmationsPerMinutePerClient));
            limiter.AddPolicy(Reports, http => PerClient(http, options.Enabled, options.ReportsPerMinutePerClient));
        });
    }

    private static RateLimitPartition<string> PerClient(HttpContext http, bool enabled, int permitsPerMinute) =>
        !enabled
            ? RateLimitPartition.GetNoLimiter("off")
            : RateLimitPartition.GetSlidingWindowLimiter(ClientKey(http.Connection.RemoteIpAddress), _ => new SlidingWindowRateLimiterOptions
            {
                PermitLimit = permitsPerMinute,
                Window = TimeSpan.FromMinutes(1),
                SegmentsPerWindow = 6,
                QueueLimit = 0,
            });

    // One IPv6 subscriber usually holds a whole /64, so limiting single addresses would limit nobody.
    private static string ClientKey(IPAddress? address)
    {
        if (address is null)
        {
            return "unknown";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4().ToString();
        }
        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address.ToString();
        }
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes) + "/64";
    }
}
