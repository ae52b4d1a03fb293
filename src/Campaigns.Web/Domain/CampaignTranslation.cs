namespace Campaigns.Web.Domain;

/// <summary>A campaign's text in another language: what supporters read and what officials who read that language receive.</summary>
public class CampaignTranslation
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CampaignId { get; set; }

    /// <summary>One of <see cref="ContentLanguages.All"/>, never the campaign's own language.</summary>
    public string Language { get; set; } = "";
    public string Title { get; set; } = "";
    public string Summary { get; set; } = "";
    public string Body { get; set; } = "";
    public string? ClosingMessage { get; set; }
    public string? LetterSubject { get; set; }
    public string? EditableText { get; set; }
    public string? AddressedTo { get; set; }
    public DateTime UpdatedAt { get; set; }
}
