using Campaigns.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Fraud;

public sealed record AdminCampaign(Guid Id, string Slug, string Title, int SignatureCount);

/// <summary>Campaigns as admins look them up: any organisation's, drafts included.</summary>
public class AdminCampaigns(CampaignsDbContext db)
{
    public Task<AdminCampaign?> FindAsync(string slug, CancellationToken ct) =>
        db.Campaigns.AsNoTracking().Where(c => c.Slug == slug)
            .Select(c => new AdminCampaign(c.Id, c.Slug, c.Title, c.SignatureCount))
            .SingleOrDefaultAsync(ct);

    /// <summary>The campaigns signed most recently first, where an admin starts looking.</summary>
    public Task<List<AdminCampaign>> RecentlySignedAsync(int take, CancellationToken ct) =>
        db.Campaigns.AsNoTracking()
            .OrderByDescending(c => db.Signatures.Where(s => s.CampaignId == c.Id).Max(s => (DateTime?)s.CreatedAt))
            .ThenByDescending(c => c.CreatedAt)
            .Take(take)
            .Select(c => new AdminCampaign(c.Id, c.Slug, c.Title, c.SignatureCount))
            .ToListAsync(ct);
}
