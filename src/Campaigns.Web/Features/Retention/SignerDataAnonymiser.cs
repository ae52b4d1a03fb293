using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Retention;

/// <summary>
/// Erases who signed a closed campaign once its deliveries are done and the retention period has passed. The rows
/// stay, confirmed and with their country, so every count and the reconciliation read the same as before.
/// </summary>
public class SignerDataAnonymiser(CampaignsDbContext db, TimeProvider clock, IOptions<RetentionOptions> options)
{
    /// <summary>The unique index on (campaign, address) needs a distinct value per row, and one no mailbox can have.</summary>
    public const string PlaceholderPrefix = "anonymised:";

    public async Task<int> AnonymiseAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var cutoff = now.AddMonths(-options.Value.SignerDataMonths);
        var due = await DueCampaigns(now, cutoff).Select(c => c.Id).ToListAsync(ct);
        foreach (var campaignId in due)
        {
            await AnonymiseAsync(campaignId, now, ct);
        }
        return due.Count;
    }

    private IQueryable<Campaign> DueCampaigns(DateTime now, DateTime cutoff) =>
        db.Campaigns.Where(c => c.AnonymisedAt == null
            && ((c.Status == CampaignStatus.Closed && (c.ClosedAt ?? c.Deadline ?? c.CreatedAt) < cutoff)
                || (c.Status == CampaignStatus.Published && c.Deadline < cutoff))
            && !db.DeliveryItems.Any(i => i.CampaignId == c.Id && i.DeliveryId == null)
            && !db.Deliveries.Any(d => d.CampaignId == c.Id && (d.UpdatedAt >= cutoff
                || d.Status == DeliveryStatus.Queued || d.Status == DeliveryStatus.Held
                || d.Status == DeliveryStatus.Sending || d.Status == DeliveryStatus.Retrying)));

    private async Task AnonymiseAsync(Guid campaignId, DateTime now, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.Signatures.Where(s => s.CampaignId == campaignId).ExecuteUpdateAsync(s => s
            .SetProperty(x => x.Name, "")
            .SetProperty(x => x.Email, "")
            .SetProperty(x => x.EmailNormalized, x => PlaceholderPrefix + x.Id.ToString())
            .SetProperty(x => x.NameDisplay, NameDisplay.Hidden)
            .SetProperty(x => x.EmailUpdates, false)
            .SetProperty(x => x.City, (string?)null)
            .SetProperty(x => x.Comment, (string?)null)
            .SetProperty(x => x.PersonalText, (string?)null)
            .SetProperty(x => x.SignerRole, (string?)null)
            .SetProperty(x => x.IpHash, (string?)null), ct);
        // Scans of paper sheets show signers' handwriting and addresses; the batches and their counts stay.
        await db.PaperScans.Where(s => db.PaperBatches.Any(b => b.Id == s.BatchId && b.CampaignId == campaignId)).ExecuteDeleteAsync(ct);
        await db.Campaigns.Where(c => c.Id == campaignId).ExecuteUpdateAsync(s => s.SetProperty(c => c.AnonymisedAt, now), ct);
        await transaction.CommitAsync(ct);
    }
}
