using Campaigns.Web.Data;
using Campaigns.Web.Features.Cases.Photos;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Cases;

/// <summary>
/// Small copies of case photos for lists, stored with the photo on upload. A photo stored before thumbnails were
/// gets its thumbnail made on first request and written to its row.
/// </summary>
public class CaseThumbnails(CampaignsDbContext db, PhotoProcessor processor)
{
    public async Task<PhotoFile?> FindAsync(string slug, CancellationToken ct)
    {
        // The photo itself is read only when its thumbnail has yet to be made from it.
        var stored = await db.CasePhotos.AsNoTracking()
            .Where(p => db.Cases.Any(c => c.Slug == slug && c.Id == p.CaseId))
            .Select(p => new { p.CaseId, p.Thumbnail, Photo = p.Thumbnail == null ? p.Content : null, p.UpdatedAt })
            .SingleOrDefaultAsync(ct);
        if (stored is null)
        {
            return null;
        }
        var thumbnail = stored.Thumbnail ?? await MakeAsync(stored.CaseId, stored.Photo!, stored.UpdatedAt, ct);
        return thumbnail is null ? null : new PhotoFile(thumbnail, PhotoRendition.ContentType, stored.UpdatedAt);
    }

    /// <summary>
    /// Requests that both find the thumbnail missing both make it: the later write finds it stored and changes
    /// nothing, and neither writes over the row of a photo uploaded in the meantime.
    /// </summary>
    private async Task<byte[]?> MakeAsync(Guid caseId, byte[] photo, DateTime version, CancellationToken ct)
    {
        if (processor.Thumbnail(photo) is not { } made)
        {
            return null;
        }
        await db.CasePhotos
            .Where(p => p.CaseId == caseId && p.UpdatedAt == version && p.Thumbnail == null)
            .ExecuteUpdateAsync(s => s.SetProperty(p => p.Thumbnail, made.Content), ct);
        return made.Content;
    }
}
