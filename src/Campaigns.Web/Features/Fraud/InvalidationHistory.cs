using Campaigns.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Fraud;

public sealed record InvalidationView(
    Guid Id, string? IpHash, string? EmailDomain, string? Country, DateTime? From, DateTime? Until, string Reason,
    string InvalidatedBy, DateTime InvalidatedAt, int Matched, int Counted, string? UndoneBy, DateTime? UndoneAt);

public class InvalidationHistory(CampaignsDbContext db)
{
    public Task<List<InvalidationView>> ForCampaignAsync(Guid campaignId, CancellationToken ct) =>
        db.SignatureInvalidations.AsNoTracking()
            .Where(i => i.CampaignId == campaignId)
            .OrderByDescending(i => i.InvalidatedAt)
            .Select(i => new InvalidationView(i.Id, i.IpHash, i.EmailDomain, i.Country, i.SignedFrom, i.SignedUntil, i.Reason,
                i.InvalidatedBy, i.InvalidatedAt, i.Matched, i.Counted, i.UndoneBy, i.UndoneAt))
            .ToListAsync(ct);
}
