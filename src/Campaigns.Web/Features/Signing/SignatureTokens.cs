using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace Campaigns.Web.Features.Signing;

/// <summary>
/// Confirmation tokens are the signature's id sealed with the data-protection keys, so nothing secret is
/// stored beside the signature or in the outbox, and a resent email carries a link that works the same.
/// </summary>
public class SignatureTokens
{
    private readonly IDataProtector _protector;

    public SignatureTokens(IDataProtectionProvider provider) : this(provider, "Campaigns.SignatureConfirmation.v1")
    {
    }

    /// <summary>Tokens for another purpose: one kind of token never opens another's page.</summary>
    protected SignatureTokens(IDataProtectionProvider provider, string purpose) => _protector = provider.CreateProtector(purpose);

    public string Issue(Guid signatureId) =>
        WebEncoders.Base64UrlEncode(_protector.Protect(signatureId.ToByteArray()));

    public bool TryRead(string token, out Guid signatureId)
    {
        signatureId = Guid.Empty;
        if (token.Length > 512)
        {
            return false;
        }
        try
        {
            var bytes = _protector.Unprotect(WebEncoders.Base64UrlDecode(token));
            if (bytes.Length != 16)
            {
                return false;
            }
            signatureId = new Guid(bytes);
            return true;
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return false;
        }
    }
}
