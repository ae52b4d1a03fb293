namespace Campaigns.Web.Domain;

/// <summary>A confirmed signature owed to a target that receives digests or a released letter, until a delivery carries it.</summary>
public class DeliveryItem
{
    public long Id { get; set; }
    public Guid CampaignId { get; set; }
    public Guid TargetId { get; set; }
    public Guid SignatureId { get; set; }
    public Guid? DeliveryId { get; set; }
    public DateTime CreatedAt { get; set; }
}
