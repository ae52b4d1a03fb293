using System.Text;
using Campaigns.Web.Infrastructure;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Seeding;

/// <summary>Tells whoever started the site where it is and how to sign in, once the server is listening.</summary>
public static class DemoBanner
{
    public static void ShowWhenStarted(IServiceProvider services, IReadOnlyList<DemoLogin> logins)
    {
        var lifetime = services.GetRequiredService<IHostApplicationLifetime>();
        lifetime.ApplicationStarted.Register(() =>
        {
            var server = services.GetRequiredService<IServer>();
            var options = services.GetRequiredService<IOptions<CampaignsOptions>>().Value;
            var development = services.GetRequiredService<IHostEnvironment>().IsDevelopment();
            var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoBanner).FullName!);
            logger.LogInformation("{Banner}", Compose(SiteUrls(server, options), logins, development));
        });
    }

    public static string Compose(IReadOnlyList<string> urls, IReadOnlyList<DemoLogin> logins, bool development)
    {
        var site = urls[0];
        var text = new StringBuilder().AppendLine().AppendLine(new string('=', 72));
        text.AppendLine($"  Campaigns is running at {string.Join("  ", urls)}");
        text.AppendLine($"  Campaigns:  {site}/campaigns");
        if (development)
        {
            text.AppendLine($"  Mail sent:  {site}/dev/maildrop");
        }
        if (logins.Count > 0)
        {
            text.AppendLine($"  Demo sign-in at {site}/account/login");
            var width = logins.Max(l => l.Email.Length);
            foreach (var login in logins)
            {
                var password = login.Password ?? "(shown only when the demo data was seeded)";
                text.AppendLine($"    {login.Role,-10} {login.Email.PadRight(width)}  password: {password}");
            }
        }
        return text.Append(new string('=', 72)).ToString();
    }

    private static IReadOnlyList<string> SiteUrls(IServer server, CampaignsOptions options)
    {
        var urls = ServerAddresses.Browsable(server);
        return urls.Count > 0 ? urls : [options.BaseUrl().TrimEnd('/')];
    }
}
