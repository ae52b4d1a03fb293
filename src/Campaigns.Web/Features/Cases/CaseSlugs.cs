using Campaigns.Web.Data;
using Campaigns.Web.Features.Organizer;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Cases;

/// <summary>The address part of a case's URL, made from the Latin-script name.</summary>
public static class CaseSlugs
{
    // "new" would be shadowed by the organizer's create page.
    public static bool IsReserved(string? slug) => slug == "new";

    public static async Task<string> FirstFreeAsync(CampaignsDbContext db, string name, CancellationToken ct)
    {
        var slug = CampaignSlugs.FromTitle(name);
        if (slug == "campaign")
        {
            slug = "case";
        }
        var prefix = slug + "-";
        var taken = (await db.Cases.AsNoTracking()
                .Where(c => c.Slug == slug || c.Slug.StartsWith(prefix))
                .Select(c => c.Slug)
                .ToListAsync(ct))
            .ToHashSet();
        if (!taken.Contains(slug))
        {
            return slug;
        }
        var n = 2;
        while (taken.Contains($"{slug}-{n}"))
        {
            n++;
        }
        return $"{slug}-{n}";
    }
}
