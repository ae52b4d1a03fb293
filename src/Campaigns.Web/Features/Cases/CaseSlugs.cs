using Campaigns.Web.Data;
using Campaigns.Web.Features.Organizer;

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
        return await CampaignSlugs.FirstFreeAsync(db.Cases.Select(c => c.Slug), slug, ct);
    }
}
