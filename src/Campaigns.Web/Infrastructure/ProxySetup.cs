using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Campaigns.Web.Infrastructure;

public static class ProxySetup
{
    /// <summary>
    /// Behind a reverse proxy every request would seem to come from the proxy, and all signers would share
    /// one rate limit; the client address is taken from X-Forwarded-For only when the proxy is listed here.
    /// </summary>
    public static IServiceCollection AddTrustedProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection("Campaigns:TrustedProxies").Get<string[]>() ?? [];
        return services.Configure<ForwardedHeadersOptions>(o =>
        {
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                o.KnownProxies.Add(IPAddress.Parse(proxy));
            }
        });
    }
}
