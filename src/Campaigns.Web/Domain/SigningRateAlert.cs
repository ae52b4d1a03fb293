namespace Campaigns.Web.Domain;

/// <summary>An alert sent to admins that a campaign's signing rate jumped, kept so the next waits a period.</summary>
public class SigningRateAlert
{
    public long Id { get; set; }
    public Guid CampaignId { get; set; }
    public DateTime SentAt { get; set; }
    public int RecentSignatures { get; set; }
}
