namespace Campaigns.Web.Domain;

/// <summary>
/// An admin's decision that the signatures matching some criteria do not count, with the reason; undoing it
/// restores them. Criteria left empty match everything.
/// </summary>
public class SignatureInvalidation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CampaignId { get; set; }
    public string? IpHash { get; set; }
    public string? EmailDomain { get; set; }
    public string? Country { get; set; }
    public DateTime? SignedFrom { get; set; }
    public DateTime? SignedUntil { get; set; }
    public string Reason { get; set; } = "";
    public string InvalidatedBy { get; set; } = "";
    public DateTime InvalidatedAt { get; set; }

    /// <summary>How many signatures it took out, pending ones included.</summary>
    public int Matched { get; set; }

    /// <summary>How many of those counted when it was made.</summary>
    public int Counted { get; set; }
    public string? UndoneBy { get; set; }
    public DateTime? UndoneAt { get; set; }
}
