namespace Campaigns.Web.Domain;

/// <summary>A signatory the organizer adds by name (a family member, a partner organisation); no email, counted like a confirmed signature.</summary>
public class ListedSignatory
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CampaignId { get; set; }
    public Guid GroupId { get; set; }
    public string Name { get; set; } = "";
    public string? Country { get; set; }
    public string? Role { get; set; }
    public bool IsOrganisation { get; set; }
    public int Position { get; set; }
    public DateTime AddedAt { get; set; }
}
