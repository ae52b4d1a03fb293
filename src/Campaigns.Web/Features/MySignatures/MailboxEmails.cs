using System.Security.Cryptography;
using System.Text;

namespace Campaigns.Web.Features.MySignatures;

public static class MailboxEmails
{
    public const string Link = "my-signatures-link";

    public sealed record Payload(string Email, string EmailNormalized, string Culture);

    /// <summary>Every link message to one mailbox shares this prefix, which names the mailbox only by a hash.</summary>
    public static string KeyPrefix(string emailNormalized) =>
        $"{Link}:{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(emailNormalized)))[..32]}:";
}
