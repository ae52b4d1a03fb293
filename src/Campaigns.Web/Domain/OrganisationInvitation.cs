namespace Campaigns.Web.Domain;

/// <summary>
/// An owner's invitation for an email address to join an organisation with a role. It is deleted once accepted or
/// cancelled; the emailed link names it by id, sealed with the site's data-protection keys, so no secret is stored.
/// </summary>
public class OrganisationInvitation
{
    public Guid Id { get; set; } = Guid.NewGuid();
    public Guid OrganisationId { get; set; }
    public string Email { get; set; } = "";

    /// <summary>The address upper-cased as Identity normalises it, to match an account's email.</summary>
    public string NormalizedEmail { get; set; } = "";
    public MemberRole Role { get; set; }
    public string? InvitedByUserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public Organisation? Organisation { get; set; }
}
