using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Campaigns;
using Campaigns.Web.Features.Counting;
using Campaigns.Web.Features.Translations;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Home;

public class HomeQueries(CampaignsDbContext db, TranslatedCampaigns translations)
{
    /// <summary>Campaigns taking signatures now, those closing soonest first, then the newest; titles in the visitor's language where translated.</summary>
    public async Task<IReadOnlyList<CampaignListItem>> OpenCampaignsAsync(DateTime now, int take, CancellationToken ct)
    {
        var rows = await db.Campaigns.AsNoTracking()
            .Where(c => c.Status == CampaignStatus.Published && (c.Deadline == null || c.Deadline > now))
            .OrderBy(c => c.Deadline == null ? 1 : 0).ThenBy(c => c.Deadline).ThenByDescending(c => c.PublishedAt)
            .Take(take)
            .Select(c => new { c.Id, Item = new CampaignListItem(c.Slug, c.Kind, c.Title, c.Status, c.Goal, c.Deadline,
                CampaignSupport.Of(c.Kind, c.SignatureCount, c.ListedCount, c.OfflineCount, c.OrganisationCount, c.OfflineCountedOn, c.PaperCount),
                true, c.Language) })
            .ToListAsync(ct);
        var titles = await translations.TitlesAsync(rows.Select(r => r.Id).ToList(), ct);
        return rows.Select(r =>
        {
            var (title, language) = TranslatedCampaigns.TitleOf(titles, r.Id, r.Item.Title, r.Item.Language);
            return r.Item with { Title = title, Language = language };
        }).ToList();
    }
}
