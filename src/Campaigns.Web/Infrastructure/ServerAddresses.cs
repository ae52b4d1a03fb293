using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;

namespace Campaigns.Web.Infrastructure;

/// <summary>The addresses the server really listens on (from --urls, ASPNETCORE_URLS or Kestrel's default), as a browser can open them.</summary>
public static class ServerAddresses
{
    public static IReadOnlyList<string> Browsable(IServer server) =>
        (server.Features.Get<IServerAddressesFeature>()?.Addresses ?? []).Select(Browsable).Distinct().ToList();

    // Kestrel reports wildcard bindings (http://[::]:5000, http://+:5000) that a browser cannot open.
    private static string Browsable(string address)
    {
        var uri = new UriBuilder(address.Replace("://+", "://localhost").Replace("://*", "://localhost"));
        if (uri.Host is "[::]" or "0.0.0.0")
        {
            uri.Host = "localhost";
        }
        return uri.Uri.GetLeftPart(UriPartial.Authority);
    }
}
