namespace Campaigns.Bench;

/// <summary>The environment the app runs under: production, no rate limits, the demo data, quiet logs.</summary>
public static class AppSettings
{
    public const string SmtpHost = "127.0.0.1";

    public static string MailDirectory(string workDir) => Path.Combine(workDir, "mail");

    public static Dictionary<string, string> For(BenchOptions options, string connectionString, int port, string workDir)
    {
        var settings = new Dictionary<string, string>
        {
            ["ASPNETCORE_ENVIRONMENT"] = "Production",
            ["ConnectionStrings__Postgres"] = connectionString,
            ["RateLimiting__Enabled"] = "false",
            ["Campaigns__SeedDemoData"] = "true",
            ["Campaigns__DataDirectory"] = Path.Combine(workDir, "data"),
            ["Campaigns__PublicBaseUrl"] = $"http://127.0.0.1:{port}",
            ["Campaigns__IpHashSalt"] = Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(32)),
            ["Logging__LogLevel__Default"] = "Warning",
            ["Jobs__DeliveryIntervalSeconds"] = "1",
        };
        if (options.Smtp)
        {
            settings["Mail__PickupDirectory"] = "";
            settings["Mail__Smtp__Host"] = SmtpHost;
            settings["Mail__Smtp__Port"] = options.SmtpPort.ToString();
            settings["Mail__Smtp__Security"] = "None";
        }
        else
        {
            settings["Mail__PickupDirectory"] = MailDirectory(workDir);
        }
        return settings;
    }
}
