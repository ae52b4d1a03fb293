namespace Campaigns.Web.Domain;

public class Signature
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CampaignId { get; set; }
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    public string EmailNormalized { get; set; } = "";
    public SignerKind Kind { get; set; }
    public string? OrganisationName { get; set; }

    /// <summary>The organisation's web domain; an address at it confirms the organisation's signature.</summary>
    public string? OrganisationDomain { get; set; }
    public string? SignerRole { get; set; }

    /// <summary>The supporter's version of an appeal letter's editable paragraph.</summary>
    public string? PersonalText { get; set; }
    public string Country { get; set; } = "";
    public string? City { get; set; }
    public string? Comment { get; set; }

    /// <summary>Whether the comment may be shown publicly; organizers decide, admins may hide it after a report.</summary>
    public CommentReview CommentReview { get; set; }
    public NameDisplay NameDisplay { get; set; }
    public bool EmailUpdates { get; set; }
    public string? IpHash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ConfirmedAt { get; set; }

    /// <summary>When the signer clicked the link, for signatures that also wait for the organizer's approval.</summary>
    public DateTime? EmailVerifiedAt { get; set; }

    /// <summary>The language the person used on the site, for the emails they get; null (rows from before it was kept) reads as English.</summary>
    public string? Culture { get; set; }

    /// <summary>Set while an admin's bulk invalidation takes the signature out of every count and list.</summary>
    public Guid? InvalidationId { get; set; }

    public Campaign? Campaign { get; set; }
}

/// <summary>
/// How a signer agreed to appear in public lists. Email addresses never appear. <see cref="Never"/>: counted, but named
/// nowhere, not even in what officials receive (a letter of theirs goes unsigned).
/// </summary>
public enum NameDisplay { Hidden, Initials, Full, Never }

public enum CommentReview { Pending, Approved, Rejected, HiddenByAdmin }

public enum SignerKind { Individual, Organisation }
