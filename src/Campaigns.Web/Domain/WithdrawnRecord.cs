namespace Campaigns.Web.Domain;

/// <summary>
/// The fingerprint leaf of a confirmed signature its signer took back: the row is deleted, so the leaf is kept for
/// its day to be fingerprinted and verified as it was. It holds nothing about the person.
/// </summary>
public class WithdrawnRecord
{
    public long Id { get; set; }
    public Guid CampaignId { get; set; }
    public DateOnly ConfirmedOn { get; set; }
    public string Leaf { get; set; } = "";
    public DateTime WithdrawnAt { get; set; }
}
