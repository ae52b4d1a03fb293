using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Campaigns;
using Campaigns.Web.Features.Counting;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Home;

public class HomeQueries(CampaignsDbContext db)
{
    /// <summary>Campaigns taking signatures now, those closing soonest first, then the newest.</summary>
    public async Task<IReadOnlyList<CampaignListItem>> OpenCampaignsAsync(DateTime now, int take, CancellationToken ct) =>
        await db.Campaigns.AsNoTracking()
            .Where(c => c.Status == CampaignStatus.Published && (c.Deadline == null || c.Deadline > now))
            .OrderBy(c => c.Deadline == null ? 1 : 0).ThenBy(c => c.Deadline).ThenByDescending(c => c.PublishedAt)
            .Take(take)
            .Select(c => new CampaignListItem(c.Slug, c.Kind, c.Title, c.Status, c.Goal, c.Deadline,
                CampaignSupport.Of(c.Kind, c.SignatureCount, c.ListedCount, c.OfflineCount, c.OrganisationCount, c.OfflineCountedOn)))
            .ToListAsync(ct);
}
