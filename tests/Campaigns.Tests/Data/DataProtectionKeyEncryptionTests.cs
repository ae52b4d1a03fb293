using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Campaigns.Tests.Infrastructure;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Campaigns.Tests.Data;

/// <summary>
/// Data-protection keys (which seal cookies and emailed tokens) are kept in the database; with
/// DataProtection:CertificatePath set they are encrypted with that certificate before they are stored.
/// </summary>
public sealed class DataProtectionKeyEncryptionTests : IDisposable
{
    private const string Password = "certificate-password-1";
    private const string Unencrypted = "DataProtection:CertificatePath is not set";
    private readonly string _folder = Directory.CreateTempSubdirectory("campaigns-test-cert-").FullName;

    [Fact]
    public async Task Keys_are_stored_encrypted_and_open_only_with_the_certificate()
    {
        var certificate = WriteCertificate();
        await using var app = CampaignsAppFactory.Create(new AppOptions { Settings = WithCertificate(certificate) });
        var sealedText = Protector(app).Protect("signature 42");

        var stored = await app.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml!).ToListAsync());
        await using var restarted = CampaignsAppFactory.Create(new AppOptions { Settings = OnDatabaseOf(app, WithCertificate(certificate)) });
        await using var withoutCertificate = CampaignsAppFactory.Create(new AppOptions { Settings = OnDatabaseOf(app, []) });

        Assert.All(stored, xml => Assert.Contains("EncryptedData", xml));
        Assert.All(stored, xml => Assert.DoesNotContain("<value>", xml));
        Assert.Equal("signature 42", Protector(restarted).Unprotect(sealedText));
        Assert.ThrowsAny<CryptographicException>(() => Protector(withoutCertificate).Unprotect(sealedText));
    }

    [Fact]
    public async Task A_production_instance_warns_about_unencrypted_keys_until_a_certificate_is_set()
    {
        var certificate = WriteCertificate();

        var without = await ProductionWarningsAsync([]);
        var with = await ProductionWarningsAsync(WithCertificate(certificate));

        Assert.Contains(without, w => w.StartsWith(Unencrypted, StringComparison.Ordinal));
        Assert.DoesNotContain(with, w => w.StartsWith(Unencrypted, StringComparison.Ordinal));
    }

    public void Dispose() => TestDatabase.TryDelete(_folder);

    private static IDataProtector Protector(CampaignsAppFactory app) =>
        app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Campaigns.Tests.KeyEncryption");

    private static async Task<IReadOnlyCollection<string>> ProductionWarningsAsync(Dictionary<string, string> settings)
    {
        var logs = new CapturedLogs();
        await using var app = CampaignsAppFactory.Create(new AppOptions { Settings = settings });
        await using var production = app.WithWebHostBuilder(b => b
            .UseEnvironment("Production")
            .ConfigureLogging(l => l.AddProvider(logs)));
        _ = production.Services;
        return logs.Warnings;
    }

    private static Dictionary<string, string> OnDatabaseOf(CampaignsAppFactory app, Dictionary<string, string> settings) =>
        new(app.Database.AppSettings.Concat(settings));

    private static Dictionary<string, string> WithCertificate(string path) => new()
    {
        ["DataProtection:CertificatePath"] = path,
        ["DataProtection:CertificatePassword"] = Password,
    };

    private string WriteCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=Campaigns key encryption (test)", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));
        var path = Path.Combine(_folder, "keys.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }
}
