using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace Campaigns.Tests.Infrastructure;

/// <summary>
/// The in-memory test server has no client socket, so a request may name the address it "comes from" in
/// <see cref="Header"/>; the app then sees it as the connection's remote address.
/// </summary>
public sealed class TestClientAddress : IStartupFilter
{
    public const string Header = "X-Test-Client-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            if (context.Request.Headers[Header] is [{ } value] && IPAddress.TryParse(value, out var address))
            {
                context.Connection.RemoteIpAddress = address;
            }
            await nextMiddleware();
        });
        next(app);
    };

    public static HttpClient From(HttpClient client, string address)
    {
        client.DefaultRequestHeaders.Add(Header, address);
        return client;
    }
}
