namespace Campaigns.Web.Features.Fingerprints;

/// <summary>What the verify page asks for: the campaign (its short name or address) and the export, as a file or pasted.</summary>
public sealed class VerifyForm
{
    /// <summary>A few hundred thousand rows; the command in tools/Campaigns.Verify takes exports of any size.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    public string? Campaign { get; set; }
    public IFormFile? File { get; set; }
    public string? Pasted { get; set; }

    /// <summary>The slug, also when the campaign's whole address was pasted.</summary>
    public string? Slug()
    {
        var text = Campaign?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        var at = text.IndexOf("/campaigns/", StringComparison.OrdinalIgnoreCase);
        var slug = at < 0 ? text : text[(at + "/campaigns/".Length)..];
        return slug.Split('/', '?', '#')[0];
    }
}
