using System.Security.Cryptography.X509Certificates;
using Campaigns.Web.Data;
using Microsoft.AspNetCore.DataProtection;

namespace Campaigns.Web.Infrastructure;

public static class DataProtectionSetup
{
    public const string Section = "DataProtection";

    /// <summary>
    /// Keys live in the database, so every instance and every restart shares them; with a certificate configured
    /// they are encrypted with it before they are stored.
    /// </summary>
    public static IServiceCollection AddCampaignsDataProtection(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        var keys = services.AddDataProtection()
            .SetApplicationName("campaigns")
            .PersistKeysToDbContext<CampaignsDbContext>();
        if (configuration[$"{Section}:CertificatePath"] is { Length: > 0 } path)
        {
            var file = Path.GetFullPath(path, environment.ContentRootPath);
            keys.ProtectKeysWithCertificate(X509CertificateLoader.LoadPkcs12FromFile(file, configuration[$"{Section}:CertificatePassword"]));
        }
        return services;
    }
}
