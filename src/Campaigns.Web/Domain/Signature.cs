namespace Campaigns.Web.Domain;

public class Signature
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CampaignId { get; set; }
    public string Name { get; set; } = "";
    public string Email { get; set; } = "";
    public string EmailNormalized { get; set; } = "";
    public string Country { get; set; } = "";
    public string? City { get; set; }
    public string? Comment { get; set; }
    public NameDisplay NameDisplay { get; set; }
    public bool EmailUpdates { get; set; }
    public string? IpHash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ConfirmedAt { get; set; }

    public Campaign? Campaign { get; set; }
}

/// <summary>How a signer agreed to appear in public lists. Email addresses never appear.</summary>
public enum NameDisplay { Hidden, Initials, Full }
