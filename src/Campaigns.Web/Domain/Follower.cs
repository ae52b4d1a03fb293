namespace Campaigns.Web.Domain;

/// <summary>Someone who asked for a case's milestones and news by email; active once confirmed and until unsubscribed.</summary>
public class Follower
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public string Email { get; set; } = "";
    public string EmailNormalized { get; set; } = "";
    public string? IpHash { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime? ConfirmedAt { get; set; }
    public DateTime? UnsubscribedAt { get; set; }
}
