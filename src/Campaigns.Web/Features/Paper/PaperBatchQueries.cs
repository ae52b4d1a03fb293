using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Paper;

/// <summary>
/// Reads a campaign's paper batches for its organisation's members. The scans show signers' handwriting, names
/// and addresses, so only members who may see signer data open them.
/// </summary>
public class PaperBatchQueries(IStringLocalizer<SharedResource> l, CampaignsDbContext db, CampaignAccess access, OrganisationAccess organisations)
{
    public async Task<OrganizerResult<PaperBatches>> ListAsync(ClaimsPrincipal user, string slug, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.See, ct);
        if (!grant.IsOk)
        {
            return grant.Fail<PaperBatches>();
        }
        var campaignId = grant.Value!.CampaignId;
        var title = await db.Campaigns.Where(c => c.Id == campaignId).Select(c => c.Title).SingleAsync(ct);
        var batches = await db.PaperBatches.AsNoTracking().Where(b => b.CampaignId == campaignId)
            .OrderByDescending(b => b.CollectedOn).ThenByDescending(b => b.RecordedAt)
            .Select(b => new PaperBatchView(b.Id, b.Count, b.CollectedOn, b.Place, b.Note, b.RecordedAt, b.RecordedBy,
                b.Scans.OrderBy(s => s.AddedAt).Select(s => s.Id).ToList()))
            .ToListAsync(ct);
        var role = await organisations.RoleAsync(user, grant.Value.OrganisationId, ct);
        bool May(AccessNeed need) => OrganisationAccess.IsAdmin(user) || role?.Allows(need) == true;
        return OrganizerResult<PaperBatches>.Ok(new PaperBatches(
            slug, title, batches.Sum(b => b.Count), batches, May(AccessNeed.Change), May(AccessNeed.SignerData)));
    }

    public async Task<OrganizerResult<ScanFile>> ScanAsync(ClaimsPrincipal user, string slug, Guid batchId, Guid scanId, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.SignerData, ct);
        if (!grant.IsOk)
        {
            return grant.Fail<ScanFile>();
        }
        var scan = await db.PaperScans.AsNoTracking()
            .Where(s => s.Id == scanId && s.BatchId == batchId && db.PaperBatches.Any(b => b.Id == batchId && b.CampaignId == grant.Value!.CampaignId))
            .Select(s => new ScanFile(s.Content, s.ContentType))
            .SingleOrDefaultAsync(ct);
        return scan is null ? OrganizerResult<ScanFile>.NotFound(l["This campaign has no such scan."]) : OrganizerResult<ScanFile>.Ok(scan);
    }
}
