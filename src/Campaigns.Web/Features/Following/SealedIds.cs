using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.WebUtilities;

namespace Campaigns.Web.Features.Following;

/// <summary>
/// A one-byte kind and an id sealed with the data-protection keys: links in emails carry these, so nothing
/// secret is stored beside the rows they point to.
/// </summary>
public abstract class SealedIds(IDataProtectionProvider provider, string purpose)
{
    private readonly IDataProtector _protector = provider.CreateProtector(purpose);

    protected string Seal(byte kind, Guid id) =>
        WebEncoders.Base64UrlEncode(_protector.Protect([kind, .. id.ToByteArray()]));

    protected bool TryOpen(string token, out byte kind, out Guid id)
    {
        (kind, id) = (0, Guid.Empty);
        if (token.Length > 512)
        {
            return false;
        }
        try
        {
            var bytes = _protector.Unprotect(WebEncoders.Base64UrlDecode(token));
            if (bytes.Length != 17)
            {
                return false;
            }
            (kind, id) = (bytes[0], new Guid(bytes.AsSpan(1)));
            return true;
        }
        catch (Exception ex) when (ex is CryptographicException or FormatException)
        {
            return false;
        }
    }
}

/// <summary>The token in a follower's confirmation link.</summary>
public class FollowerTokens(IDataProtectionProvider provider) : SealedIds(provider, "Campaigns.FollowerConfirmation.v1")
{
    public string Issue(Guid followerId) => Seal(0, followerId);

    public bool TryRead(string token, out Guid followerId) => TryOpen(token, out var kind, out followerId) && kind == 0;
}

/// <summary>What an unsubscribe link stops: a follower's emails, or the updates a signer agreed to.</summary>
public enum Subscription : byte { Follower = 1, Signer = 2 }

public sealed record UnsubscribeToken(Subscription Kind, Guid Id);

public class UnsubscribeTokens(IDataProtectionProvider provider) : SealedIds(provider, "Campaigns.Unsubscribe.v1")
{
    public string Issue(Subscription kind, Guid id) => Seal((byte)kind, id);

    public UnsubscribeToken? Read(string token) =>
        TryOpen(token, out var kind, out var id) && Enum.IsDefined((Subscription)kind) ? new UnsubscribeToken((Subscription)kind, id) : null;
}
