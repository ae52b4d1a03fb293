using System.Net;
using System.Net.Sockets;

namespace Campaigns.Tests.Infrastructure;

/// <summary>Mail goes through the real test SMTP server into its Maildir.</summary>
public sealed class SmtpAppFactory() : CampaignsAppFactory(new AppOptions { Mail = MailDelivery.Smtp });

/// <summary>The rate limits are on, as in production.</summary>
public sealed class RateLimitedAppFactory() : CampaignsAppFactory(new AppOptions { RateLimiting = true });

/// <summary>Hangfire runs the jobs and loops by itself, as in production.</summary>
public sealed class ScheduledJobsAppFactory() : CampaignsAppFactory(new AppOptions { RunJobs = true });

/// <summary>The embedded default's database (SQLite) whatever the environment offers.</summary>
public sealed class EmbeddedDatabaseAppFactory() : CampaignsAppFactory(new AppOptions { EmbeddedDatabase = true });

/// <summary>
/// The app on a real socket (Kestrel on 127.0.0.1), for a browser. The port is chosen up front so that
/// links in emails point at this server.
/// </summary>
public class KestrelAppFactory : CampaignsAppFactory
{
    public KestrelAppFactory() : this(new AppOptions())
    {
    }

    protected KestrelAppFactory(AppOptions options) : base(options)
    {
        Port = FreePort();
        // Must be called here, in the subclass: a WithWebHostBuilder copy would lose the port.
        UseKestrel(Port);
    }

    public int Port { get; }

    public override string PublicBaseUrl => $"http://127.0.0.1:{Port}";

    /// <summary>Starts the server if it is not running yet and returns its address.</summary>
    public Uri ServerAddress
    {
        get
        {
            StartServer();
            return ClientOptions.BaseAddress;
        }
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>The app on a real socket for a browser, sending its mail through the test SMTP server.</summary>
public sealed class SmtpKestrelAppFactory() : KestrelAppFactory(new AppOptions { Mail = MailDelivery.Smtp });
