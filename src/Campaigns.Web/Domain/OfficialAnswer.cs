namespace Campaigns.Web.Domain;

/// <summary>An official's reply to a campaign, as its organizers recorded it: one per target of the campaign.</summary>
public class OfficialAnswer
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CampaignId { get; set; }
    public Guid TargetId { get; set; }
    public DateOnly ReceivedOn { get; set; }
    public string Summary { get; set; } = "";
    public DateTime RecordedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public OfficialAnswerDocument? Document { get; set; }
}

/// <summary>The reply itself (a letter as PDF, or a photo of it), kept apart so lists of answers never load it.</summary>
public class OfficialAnswerDocument
{
    public Guid AnswerId { get; set; }
    public byte[] Content { get; set; } = [];
    public string ContentType { get; set; } = "";
    public DateTime UpdatedAt { get; set; }
}
