namespace Campaigns.Web.Domain;

/// <summary>
/// One day's link in a campaign's hash chain of confirmed support: the confirmations made that UTC day, every one up
/// to its end, the hash of the day's records and the link that chains it to the day before. Never changed once written.
/// </summary>
public class SupportFingerprint
{
    public long Id { get; set; }
    public Guid CampaignId { get; set; }
    public DateOnly Day { get; set; }
    public int Confirmed { get; set; }
    public int Total { get; set; }
    public string Records { get; set; } = "";
    public string Link { get; set; } = "";
    public DateTime ComputedAt { get; set; }
}
