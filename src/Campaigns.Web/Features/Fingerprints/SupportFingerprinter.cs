using Campaigns.Fingerprints;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Fingerprints;

/// <summary>
/// Adds the missing daily links of every public campaign's chain, up to yesterday (UTC). A day's records are the
/// signatures confirmed during it, whether or not an admin has invalidated them since, and those withdrawn by their
/// signers: a confirmation that happened stays in the history, and what was taken out later is published apart.
/// </summary>
public class SupportFingerprinter(CampaignsDbContext db, TimeProvider clock, ILogger<SupportFingerprinter> log)
{
    /// <summary>A confirmation stamped just before midnight may still be committing when the job starts.</summary>
    public static readonly TimeSpan Settle = TimeSpan.FromMinutes(2);

    public async Task<int> RunAsync(CancellationToken ct)
    {
        var lastDay = FingerprintChain.DayOf(clock.GetUtcNow().UtcDateTime - Settle).AddDays(-1);
        var campaigns = await db.Campaigns.AsNoTracking()
            .Where(c => c.Status != CampaignStatus.Draft && c.PublishedAt != null)
            .Select(c => new { c.Id, PublishedAt = c.PublishedAt!.Value, c.ClosedAt })
            .ToListAsync(ct);
        var added = 0;
        foreach (var campaign in campaigns)
        {
            // A closed campaign takes no confirmations, so its chain ends with the day it closed (until it reopens).
            var until = campaign.ClosedAt is { } closed && FingerprintChain.DayOf(closed) < lastDay ? FingerprintChain.DayOf(closed) : lastDay;
            added += await CatchUpAsync(campaign.Id, FingerprintChain.DayOf(campaign.PublishedAt), until, ct);
        }
        return added;
    }

    private async Task<int> CatchUpAsync(Guid campaignId, DateOnly firstDay, DateOnly lastDay, CancellationToken ct)
    {
        var previous = await db.SupportFingerprints.AsNoTracking().Where(f => f.CampaignId == campaignId)
            .OrderByDescending(f => f.Day).FirstOrDefaultAsync(ct);
        var day = previous?.Day.AddDays(1) ?? firstDay;
        var link = previous?.Link ?? FingerprintChain.Genesis;
        var total = previous?.Total ?? 0;
        var added = 0;
        for (; day <= lastDay; day = day.AddDays(1))
        {
            var leaves = await LeavesAsync(campaignId, day, ct);
            total += leaves.Count;
            var records = FingerprintChain.Records(leaves);
            link = FingerprintChain.Link(link, day, total, records);
            db.SupportFingerprints.Add(new SupportFingerprint
            {
                CampaignId = campaignId, Day = day, Confirmed = leaves.Count, Total = total, Records = records, Link = link,
                ComputedAt = clock.GetUtcNow().UtcDateTime,
            });
            if (!await SavedAsync(campaignId, day, ct))
            {
                return added;
            }
            added++;
        }
        return added;
    }

    private async Task<List<byte[]>> LeavesAsync(Guid campaignId, DateOnly day, CancellationToken ct)
    {
        var start = day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var end = start.AddDays(1);
        var confirmed = await db.Signatures.AsNoTracking()
            .Where(s => s.CampaignId == campaignId && s.ConfirmedAt >= start && s.ConfirmedAt < end)
            .Select(s => new { s.Id, ConfirmedAt = s.ConfirmedAt!.Value })
            .ToListAsync(ct);
        var withdrawn = await db.WithdrawnRecords.AsNoTracking()
            .Where(r => r.CampaignId == campaignId && r.ConfirmedOn == day)
            .Select(r => r.Leaf)
            .ToListAsync(ct);
        return [.. confirmed.Select(s => FingerprintChain.Leaf(s.Id, s.ConfirmedAt)), .. withdrawn.Select(Convert.FromHexString)];
    }

    /// <summary>False when another run wrote the day first: the chain already has it, so this run stops for the campaign.</summary>
    private async Task<bool> SavedAsync(Guid campaignId, DateOnly day, CancellationToken ct)
    {
        try
        {
            await db.SaveChangesAsync(ct);
            return true;
        }
        catch (DbUpdateException)
        {
            db.ChangeTracker.Clear();
            if (!await db.SupportFingerprints.AnyAsync(f => f.CampaignId == campaignId && f.Day == day, ct))
            {
                throw;
            }
            log.LogInformation("The fingerprint of campaign {CampaignId} for {Day} was written by another run", campaignId, day);
            return false;
        }
    }
}
