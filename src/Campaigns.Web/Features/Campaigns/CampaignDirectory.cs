using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;

namespace Campaigns.Web.Features.Campaigns;

public sealed record CampaignRef(Guid Id, string Slug, string Title, CampaignKind Kind, CampaignStatus Status, DateTime? Deadline)
{
    public bool IsOpenAt(DateTime now) => Campaign.IsOpen(Status, Deadline, now);
}

/// <summary>
/// Resolves slugs for the signing path from a short-lived cache, so a busy petition costs one insert per
/// signature and no lookup. A status change evicts the entry on this instance; others see it within seconds.
/// </summary>
public class CampaignDirectory(IMemoryCache cache, IServiceScopeFactory scopes)
{
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(5);

    public async Task<CampaignRef?> FindAsync(string slug, CancellationToken ct)
    {
        if (cache.TryGetValue(Key(slug), out CampaignRef? cached))
        {
            return cached;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<CampaignsDbContext>();
        var found = await db.Campaigns.AsNoTracking()
            .Where(c => c.Slug == slug)
            .Select(c => new CampaignRef(c.Id, c.Slug, c.Title, c.Kind, c.Status, c.Deadline))
            .SingleOrDefaultAsync(ct);
        cache.Set(Key(slug), found, Lifetime);
        return found;
    }

    public void Forget(string slug) => cache.Remove(Key(slug));

    private static string Key(string slug) => $"campaign-ref:{slug}";
}
