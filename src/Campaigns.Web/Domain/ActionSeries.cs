namespace Campaigns.Web.Domain;

/// <summary>A numbered series of outputs on one situation (first action, further information, …, final).</summary>
public class ActionSeries
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public string Reference { get; set; } = "";
    public string Title { get; set; } = "";
    public DateTime CreatedAt { get; set; }
}
