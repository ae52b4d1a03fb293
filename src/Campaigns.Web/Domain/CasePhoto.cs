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

    /// <summary>A JPEG made from the photo for lists; null for photos stored before thumbnails were, until first requested.</summary>
    public byte[]? Thumbnail { get; set; }
}
