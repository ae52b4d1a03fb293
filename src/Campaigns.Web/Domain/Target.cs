namespace Campaigns.Web.Domain;

public class Target
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public string Name { get; set; } = "";
    public string? Title { get; set; }
    public string? Affiliation { get; set; }
    public string? Country { get; set; }
    public string? Email { get; set; }
    public string? PostalAddress { get; set; }
    public string? Salutation { get; set; }
    public DateTime CreatedAt { get; set; }
}

public class CampaignTarget
{
    public Guid CampaignId { get; set; }
    public Guid TargetId { get; set; }
    public int Position { get; set; }
    public Target? Target { get; set; }
}

public class CampaignCase
{
    public Guid CampaignId { get; set; }
    public Guid CaseId { get; set; }
    public Case? Case { get; set; }
}
