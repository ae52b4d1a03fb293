using System.ComponentModel.DataAnnotations;
using MimeKit.Cryptography;

namespace Campaigns.Web.Email;

/// <summary>Signing every message with DKIM: all three settings, or none to leave signing to the relay.</summary>
public class DkimOptions
{
    public string? Domain { get; set; }

    public string? Selector { get; set; }

    /// <summary>A PEM file holding the RSA private key whose public half is published at Selector._domainkey.Domain.</summary>
    public string? PrivateKeyPath { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(PrivateKeyPath);

    public DkimSigner CreateSigner() => new(PrivateKeyPath!, Domain!, Selector!, DkimSignatureAlgorithm.RsaSha256)
    {
        HeaderCanonicalizationAlgorithm = DkimCanonicalizationAlgorithm.Relaxed,
        BodyCanonicalizationAlgorithm = DkimCanonicalizationAlgorithm.Relaxed,
    };

    public IEnumerable<ValidationResult> Validate()
    {
        var given = new[] { Domain, Selector, PrivateKeyPath }.Count(s => !string.IsNullOrWhiteSpace(s));
        if (given == 0)
        {
            yield break;
        }
        if (given < 3)
        {
            yield return new ValidationResult("Mail:Dkim needs Domain, Selector and PrivateKeyPath together.");
            yield break;
        }
        if (KeyProblem() is { } problem)
        {
            yield return new ValidationResult($"Mail:Dkim:PrivateKeyPath {PrivateKeyPath}: {problem}");
        }
    }

    private string? KeyProblem()
    {
        try
        {
            CreateSigner();
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or InvalidCastException)
        {
            return ex.Message;
        }
    }
}
