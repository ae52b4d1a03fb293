namespace Campaigns.Web.Domain;

/// <summary>
/// Signatures gathered on printed sheets at a stall or vigil, recorded by an organizer as one count. They count
/// like confirmed signatures, apart as "on paper", and leave the totals when the batch is removed.
/// </summary>
public class PaperBatch
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid CampaignId { get; set; }
    public int Count { get; set; }
    public DateOnly CollectedOn { get; set; }
    public string Place { get; set; } = "";
    public string? Note { get; set; }
    public DateTime RecordedAt { get; set; }

    /// <summary>The recording member's email at the time, so the list still reads after the account is gone.</summary>
    public string RecordedBy { get; set; } = "";
    public List<PaperScan> Scans { get; set; } = [];
}
