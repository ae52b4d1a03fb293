using System.Security.Cryptography;
using System.Text;
using MimeKit.Utils;

namespace Campaigns.Web.Email;

/// <summary>Message-IDs at the sender's domain: derived from the delivery key when there is one, random otherwise.</summary>
public static class MessageIds
{
    public static string For(string? deliveryKey, string domain) => deliveryKey is { Length: > 0 }
        ? $"{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(deliveryKey)))[..32]}@{domain}"
        : MimeUtils.GenerateMessageId(domain);
}
