namespace Campaigns.Web.Domain;

/// <summary>A heading under which a letter's signatories appear ("Dr. Wang's family: sisters", "Organisations").</summary>
public class SignatoryGroup
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CampaignId { get; set; }
    public string Name { get; set; } = "";
    public string? Country { get; set; }
    public int Position { get; set; }

    /// <summary>The group that supporters signing online join.</summary>
    public bool ReceivesOnlineSigners { get; set; }
}
