using Campaigns.Web.Data;
using Campaigns.Web.Features.Cases.Photos;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Campaigns.Web.Features.Cases;

public sealed record CaseThumbnail(byte[] Content, string ContentType, DateTime UpdatedAt);

/// <summary>
/// Small copies of case photos for lists. A case has one photo row with no place for a second image, so the
/// thumbnail is made from the stored photo on first request and kept in memory under the photo's version.
/// </summary>
public class CaseThumbnails(CampaignsDbContext db, PhotoProcessor processor, IMemoryCache cache)
{
    private static readonly TimeSpan Unused = TimeSpan.FromHours(1);

    public async Task<CaseThumbnail?> FindAsync(string slug, CancellationToken ct)
    {
        var photos = db.CasePhotos.AsNoTracking().Where(p => db.Cases.Any(c => c.Slug == slug && c.Id == p.CaseId));
        if (await photos.Select(p => (DateTime?)p.UpdatedAt).SingleOrDefaultAsync(ct) is not { } version)
        {
            return null;
        }
        if (cache.TryGetValue(Key(slug, version), out CaseThumbnail? cached))
        {
            return cached;
        }
        var stored = await photos.Select(p => new { p.Content, p.UpdatedAt }).SingleOrDefaultAsync(ct);
        if (stored is null || processor.Thumbnail(stored.Content) is not { } small)
        {
            return null;
        }
        var thumbnail = new CaseThumbnail(small.Content, small.ContentType, stored.UpdatedAt);
        cache.Set(Key(slug, stored.UpdatedAt), thumbnail, new MemoryCacheEntryOptions { SlidingExpiration = Unused });
        return thumbnail;
    }

    private static string Key(string slug, DateTime version) => $"case-thumbnail:{slug}:{version.Ticks:x}";
}
