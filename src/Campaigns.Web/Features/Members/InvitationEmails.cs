using Campaigns.Web.Infrastructure.Localization;
using Microsoft.AspNetCore.DataProtection;

namespace Campaigns.Web.Features.Members;

/// <summary>The invitation email's queue entry, and the sealed code in its link that names the invitation.</summary>
public class InvitationEmails(IDataProtectionProvider protection)
{
    public const string Kind = "member-invitation";

    /// <summary>The invitation, and the language of the owner's request (the invitee has no language of their own yet).</summary>
    public sealed record Payload(Guid InvitationId, string? Culture)
    {
        public static Payload ForCurrentRequest(Guid invitationId) => new(invitationId, SupportedCultures.Current);
    }

    private readonly IDataProtector protector = protection.CreateProtector("Campaigns.Members.Invitation");

    public static string DeliveryKey(Guid invitationId, DateTime createdAt) => $"{Kind}:{invitationId}:{createdAt.Ticks}";

    public string Code(Guid invitationId) => protector.Protect(invitationId.ToString("N"));

    public Guid? Read(string? code)
    {
        try
        {
            return code is not null && Guid.TryParseExact(protector.Unprotect(code), "N", out var id) ? id : null;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
