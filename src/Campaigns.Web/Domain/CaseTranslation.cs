namespace Campaigns.Web.Domain;

/// <summary>A case's profile in another language; its timeline entries are translated one by one (<see cref="CaseUpdateTranslation"/>).</summary>
public class CaseTranslation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CaseId { get; set; }
    public string Language { get; set; } = "";

    /// <summary>The name line as readers of the language write it, honorific included (王炳章博士).</summary>
    public string Name { get; set; } = "";
    public string? Charges { get; set; }
    public string? Sentence { get; set; }
    public string? PlaceOfDetention { get; set; }
    public string? Biography { get; set; }
    public DateTime UpdatedAt { get; set; }
}
