namespace Campaigns.Web.Domain;

/// <summary>A photo or scan of a paper sheet, re-encoded without metadata; only the campaign's organizers see it.</summary>
public class PaperScan
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid BatchId { get; set; }
    public byte[] Content { get; set; } = [];
    public string ContentType { get; set; } = "";
    public int Width { get; set; }
    public int Height { get; set; }
    public DateTime AddedAt { get; set; }
}
