namespace Campaigns.Web.Domain;

/// <summary>A case's portrait, resized on upload and served by the site itself.</summary>
public class CasePhoto
{
    public Guid CaseId { get; set; }
    public byte[] Content { get; set; } = [];
    public string ContentType { get; set; } = "";
    public int Width { get; set; }
    public int Height { get; set; }
    public DateTime UpdatedAt { get; set; }
}
