namespace Campaigns.Web.Domain;

/// <summary>A count a campaign or case has passed; unique per subject and threshold, so it is announced once.</summary>
public class Milestone
{
    public long Id { get; set; }
    public Guid? CampaignId { get; set; }
    public Guid? CaseId { get; set; }
    public int Threshold { get; set; }
    public DateTime ReachedAt { get; set; }
}
