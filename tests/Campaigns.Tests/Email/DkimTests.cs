using System.Security.Cryptography;
using Campaigns.Tests.Infrastructure;
using MimeKit;
using MimeKit.Cryptography;
using Org.BouncyCastle.Crypto;

namespace Campaigns.Tests.Email;

/// <summary>With a DKIM key configured, every message carries a signature that a receiver holding the published key can check.</summary>
public sealed class DkimTests : IDisposable
{
    private const string Domain = "campaigns.test";
    private const string Selector = "mail2026";
    private readonly RSA _key = RSA.Create(2048);
    private readonly string _keyFile = Path.GetTempFileName();

    public DkimTests() => File.WriteAllText(_keyFile, _key.ExportPkcs8PrivateKeyPem());

    [Fact]
    public async Task Every_message_is_signed_relaxed_over_the_headers_a_reader_sees()
    {
        await using var app = SigningApp(MailDelivery.PickupFolder);

        var received = await SignAsync(app);

        var signature = received.Header("DKIM-Signature");
        Assert.NotNull(signature);
        Assert.Contains($"d={Domain};", signature);
        Assert.Contains($"s={Selector};", signature);
        Assert.Contains("c=relaxed/relaxed;", signature);
        Assert.Matches(@"h=from:to:subject:date:message-id:reply-to:", signature.Replace(" ", "").Replace("\t", "").Replace("\r\n", ""));
        Assert.True(await VerifyAsync(received.Mime));
    }

    [Fact]
    public async Task A_changed_subject_breaks_the_signature()
    {
        await using var app = SigningApp(MailDelivery.PickupFolder);
        var received = await SignAsync(app);

        received.Mime.Subject += " (forwarded)";

        Assert.False(await VerifyAsync(received.Mime));
    }

    [SmtpFact]
    public async Task The_signature_survives_the_smtp_server()
    {
        await using var app = SigningApp(MailDelivery.Smtp);

        Assert.True(await VerifyAsync((await SignAsync(app)).Mime));
    }

    [Fact]
    public async Task The_app_does_not_start_with_a_key_it_cannot_read()
    {
        await using var app = CampaignsAppFactory.Create(new AppOptions { Settings = DkimSettings(Path.Combine(Path.GetTempPath(), "no-such-key.pem")) });

        var error = Assert.ThrowsAny<Exception>(() => app.CreateClient());

        Assert.Contains("Mail:Dkim:PrivateKeyPath", error.ToString());
    }

    public void Dispose()
    {
        _key.Dispose();
        File.Delete(_keyFile);
    }

    private CampaignsAppFactory SigningApp(MailDelivery mail) =>
        CampaignsAppFactory.Create(new AppOptions { Mail = mail, Settings = DkimSettings(_keyFile) });

    private static Dictionary<string, string> DkimSettings(string keyFile) => new()
    {
        ["Mail:Dkim:Domain"] = Domain,
        ["Mail:Dkim:Selector"] = Selector,
        ["Mail:Dkim:PrivateKeyPath"] = keyFile,
    };

    private static async Task<ReceivedEmail> SignAsync(CampaignsAppFactory app)
    {
        var petition = await app.Seed.PetitionAsync(c => c.Title = "释放王炳章 Free Wang Bingzhang");
        var email = Emails.Unique();
        await app.CreateClient().SignAsync(petition.Slug, new SignatureRequest(email, Name: "王炳章"));
        await app.DrainOutboxAsync();
        return await app.Mailbox.WaitForMessageToAsync(email);
    }

    private Task<bool> VerifyAsync(MimeMessage message) =>
        new DkimVerifier(new PublishedKey(Domain, Selector, Convert.ToBase64String(_key.ExportSubjectPublicKeyInfo())))
            .VerifyAsync(message, message.Headers[message.Headers.IndexOf(HeaderId.DkimSignature)]);

    /// <summary>The TXT record a receiver would find at Selector._domainkey.Domain.</summary>
    private sealed class PublishedKey(string domain, string selector, string publicKey) : DkimPublicKeyLocatorBase
    {
        public override AsymmetricKeyParameter LocatePublicKey(string methods, string domain1, string selector1, CancellationToken cancellationToken = default) =>
            domain1 == domain && selector1 == selector
                ? GetPublicKey($"v=DKIM1; k=rsa; p={publicKey}")
                : throw new InvalidOperationException($"No key published for {selector1}._domainkey.{domain1}.");

        public override Task<AsymmetricKeyParameter> LocatePublicKeyAsync(string methods, string domain1, string selector1, CancellationToken cancellationToken = default) =>
            Task.FromResult(LocatePublicKey(methods, domain1, selector1, cancellationToken));
    }
}
