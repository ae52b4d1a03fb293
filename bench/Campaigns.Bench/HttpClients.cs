using System.Net;

namespace Campaigns.Bench;

public static class HttpClients
{
    /// <summary>One connection per client, kept open, and nothing the client does that a browser would not need.</summary>
    public static HttpClient Create(int clients) => new(new SocketsHttpHandler
    {
        MaxConnectionsPerServer = clients,
        PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
        PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
        UseCookies = false,
        UseProxy = false,
        AutomaticDecompression = DecompressionMethods.None,
    })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };
}
