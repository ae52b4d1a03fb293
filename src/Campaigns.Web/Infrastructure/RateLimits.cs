using System.Net;
using System.Net.Sockets;
using System.Security.Claims;
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
    public const string SignerExports = "signer-exports";
    public const string MySignatures = "my-signatures";
    public const string Reports = "reports";
    public const string Verifying = "verifying";

    public static IServiceCollection AddCampaignsRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitingOptions.Section).Get<RateLimitingOptions>() ?? new();
        return services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = async (context, ct) =>
            {
                var l = context.HttpContext.RequestServices.GetRequiredService<IStringLocalizer<SharedResource>>();
                var export = context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == SignerExports;
                context.HttpContext.Response.Headers.RetryAfter = export ? "600" : "60";
                var detail = export
                    ? l["Your account has downloaded signer data {0} times in the last hour. Please wait before downloading again.", options.SignerExportsPerHourPerAccount]
                    : l["Too many requests from this address. Please wait a minute and try again."];
                await Results.Problem(detail, statusCode: StatusCodes.Status429TooManyRequests, title: "Too many requests.")
                    .ExecuteAsync(context.HttpContext);
            };
            limiter.AddPolicy(SigningApi.RateLimitPolicy, http => PerClient(http, options.Enabled, options.SignaturesPerMinutePerClient));
            limiter.AddPolicy(Accounts, http => PerClient(http, options.Enabled, options.AccountActionsPerMinutePerClient));
            limiter.AddPolicy(Confirming, http => PerClient(http, options.Enabled, options.ConfirmationsPerMinutePerClient));
            limiter.AddPolicy(SignerExports, http => PerAccount(http, options.Enabled, options.SignerExportsPerHourPerAccount));
            limiter.AddPolicy(MySignatures, http => PerClient(http, options.Enabled, options.MySignaturesLinksPerMinutePerClient));
            limiter.AddPolicy(Reports, http => PerClient(http, options.Enabled, options.ReportsPerMinutePerClient));
            limiter.AddPolicy(Verifying, http => PerClient(http, options.Enabled, options.VerificationsPerMinutePerClient));
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

    private static RateLimitPartition<string> PerAccount(HttpContext http, bool enabled, int permitsPerHour) =>
        !enabled
            ? RateLimitPartition.GetNoLimiter("off")
            : RateLimitPartition.GetSlidingWindowLimiter(
                http.User.FindFirstValue(ClaimTypes.NameIdentifier) ?? ClientKey(http.Connection.RemoteIpAddress),
                _ => new SlidingWindowRateLimiterOptions
                {
                    PermitLimit = permitsPerHour,
                    Window = TimeSpan.FromHours(1),
                    SegmentsPerWindow = 12,
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
