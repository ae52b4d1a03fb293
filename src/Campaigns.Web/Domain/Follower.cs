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

    /// <summary>The language the person used on the site, for the emails they get; null (rows from before it was kept) reads as English.</summary>
    public string? Culture { get; set; }
}
