namespace Campaigns.Web.Domain;

public class Case
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid OrganisationId { get; set; }
    public string Slug { get; set; } = "";
    public string Name { get; set; } = "";
    public string? NativeName { get; set; }
    public string? Honorific { get; set; }
    public string? Country { get; set; }
    public CaseStatus Status { get; set; }
    public DateOnly? StatusChangedOn { get; set; }
    public DateOnly? DetainedSince { get; set; }
    public string? Charges { get; set; }
    public string? Sentence { get; set; }
    public string? PlaceOfDetention { get; set; }
    public string? Biography { get; set; }

    /// <summary>The language the profile is written in; translations are into the others.</summary>
    public string Language { get; set; } = ContentLanguages.English;
    public DateTime CreatedAt { get; set; }
    public DateTime? PhotoUpdatedAt { get; set; }
    public List<CaseAdvocate> Advocates { get; set; } = [];
    public List<CaseUpdate> Updates { get; set; } = [];
}

public enum CaseStatus { Detained, Released, Deceased, Unknown }
