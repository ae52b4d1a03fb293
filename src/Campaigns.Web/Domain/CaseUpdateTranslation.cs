namespace Campaigns.Web.Domain;

/// <summary>What one timeline entry says, in another language.</summary>
public class CaseUpdateTranslation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseUpdateId { get; set; }
    public string Language { get; set; } = "";
    public string Summary { get; set; } = "";
}
