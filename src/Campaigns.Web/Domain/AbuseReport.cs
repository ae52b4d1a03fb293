namespace Campaigns.Web.Domain;

/// <summary>Someone's report to the admins about a campaign, or about one supporter's comment on it.</summary>
public class AbuseReport
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CampaignId { get; set; }

    /// <summary>The signature whose comment is reported; null when the report is about the campaign.</summary>
    public Guid? SignatureId { get; set; }
    public string Reason { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime? HandledAt { get; set; }
}
