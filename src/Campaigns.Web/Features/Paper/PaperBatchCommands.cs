using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Audit;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;
using Campaigns.Web.Features.Cases.Photos;

namespace Campaigns.Web.Features.Paper;

/// <summary>
/// Records and removes paper batches. Each one counts like its number of confirmed signatures, so adding or removing
/// it writes a count delta, the scans and the audit line in the same transaction: all of it, or nothing.
/// </summary>
public class PaperBatchCommands(
    IStringLocalizer<SharedResource> l, CampaignsDbContext db, CampaignAccess access, ScanProcessor scans,
    AuditTrail audit, IOptions<PaperOptions> options, TimeProvider clock)
{
    public const string ScansField = "scans";

    public async Task<OrganizerResult<PaperBatchView>> CreateAsync(
        ClaimsPrincipal user, string slug, PaperBatchInput input, IReadOnlyList<byte[]> uploads, CancellationToken ct)
    {
        var grant = await CampaignAsync(user, slug, input.CollectedOn!.Value, ct);
        if (!grant.IsOk)
        {
            return grant.Fail<PaperBatchView>();
        }
        var processed = Process(uploads, 0);
        if (!processed.IsOk)
        {
            return processed.Fail<PaperBatchView>();
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var batch = new PaperBatch
        {
            CampaignId = grant.Value!.CampaignId,
            Count = input.Count!.Value,
            CollectedOn = input.CollectedOn.Value,
            Place = Text.Clean(input.Place)!,
            Note = Text.CleanBlock(input.Note),
            RecordedAt = now,
            RecordedBy = user.Identity?.Name ?? "",
        };
        batch.Scans.AddRange(processed.Value!.Select(s => Scan(s, now)));
        db.PaperBatches.Add(batch);
        db.CountDeltas.Add(new CountDelta { CampaignId = batch.CampaignId, Delta = batch.Count, Paper = true });
        audit.Record(user, grant.Value.OrganisationId, AuditAction.PaperBatchRecorded, slug, Describe(batch));
        await db.SaveChangesAsync(ct);
        return OrganizerResult<PaperBatchView>.Ok(new PaperBatchView(
            batch.Id, batch.Count, batch.CollectedOn, batch.Place, batch.Note, batch.RecordedAt, batch.RecordedBy, batch.Scans.Select(s => s.Id).ToList()));
    }

    public async Task<OrganizerResult<bool>> RemoveAsync(ClaimsPrincipal user, string slug, Guid batchId, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.Change, ct);
        if (!grant.IsOk)
        {
            return grant.Fail<bool>();
        }
        var batch = await db.PaperBatches.SingleOrDefaultAsync(b => b.Id == batchId && b.CampaignId == grant.Value!.CampaignId, ct);
        if (batch is null)
        {
            return OrganizerResult<bool>.NotFound(l["This campaign has no such paper batch."]);
        }
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.PaperScans.Where(s => s.BatchId == batchId).ExecuteDeleteAsync(ct);
        db.PaperBatches.Remove(batch);
        db.CountDeltas.Add(new CountDelta { CampaignId = batch.CampaignId, Delta = -batch.Count, Paper = true });
        audit.Record(user, grant.Value!.OrganisationId, AuditAction.PaperBatchRemoved, slug, Describe(batch));
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return OrganizerResult<bool>.Ok(true);
    }

    public async Task<OrganizerResult<Guid>> AddScanAsync(ClaimsPrincipal user, string slug, Guid batchId, byte[]? upload, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.Change, ct);
        if (!grant.IsOk)
        {
            return grant.Fail<Guid>();
        }
        var batch = await db.PaperBatches.Where(b => b.Id == batchId && b.CampaignId == grant.Value!.CampaignId)
            .Select(b => new { b.Id, Scans = b.Scans.Count }).SingleOrDefaultAsync(ct);
        if (batch is null)
        {
            return OrganizerResult<Guid>.NotFound(l["This campaign has no such paper batch."]);
        }
        if (upload is not { Length: > 0 })
        {
            return OrganizerResult<Guid>.Invalid(ScansField, l["Choose a scan to upload."]);
        }
        var processed = Process([upload], batch.Scans);
        if (!processed.IsOk)
        {
            return processed.Fail<Guid>();
        }
        var scan = Scan(processed.Value![0], clock.GetUtcNow().UtcDateTime);
        scan.BatchId = batch.Id;
        db.PaperScans.Add(scan);
        await db.SaveChangesAsync(ct);
        return OrganizerResult<Guid>.Ok(scan.Id);
    }

    /// <summary>
    /// Signatures count only while a campaign takes them: none before it is published, none dated after it closed.
    /// </summary>
    private async Task<OrganizerResult<CampaignGrant>> CampaignAsync(ClaimsPrincipal user, string slug, DateOnly collectedOn, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.Change, ct);
        if (!grant.IsOk)
        {
            return grant;
        }
        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == grant.Value!.CampaignId)
            .Select(c => new { c.Status, c.ClosedAt, c.Deadline }).SingleAsync(ct);
        if (campaign.Status == CampaignStatus.Draft)
        {
            return OrganizerResult<CampaignGrant>.Conflict(l["Publish the campaign before recording signatures gathered on paper."]);
        }
        var end = new[] { campaign.ClosedAt, campaign.Deadline }.Where(d => d is not null).Min();
        return end is { } ended && collectedOn > DateOnly.FromDateTime(ended)
            ? OrganizerResult<CampaignGrant>.Invalid(nameof(PaperBatchInput.CollectedOn), l["The campaign stopped taking signatures on {0:d MMMM yyyy}; sheets signed after that do not count.", ended])
            : grant;
    }

    private OrganizerResult<IReadOnlyList<ProcessedPhoto>> Process(IReadOnlyList<byte[]> uploads, int alreadyStored)
    {
        var max = options.Value.MaxScansPerBatch;
        if (uploads.Count + alreadyStored > max)
        {
            return OrganizerResult<IReadOnlyList<ProcessedPhoto>>.Invalid(ScansField, l["A batch holds at most {0} scans.", max]);
        }
        var processed = new List<ProcessedPhoto>();
        foreach (var upload in uploads)
        {
            var outcome = scans.Process(upload);
            if (outcome.Scan is null)
            {
                return OrganizerResult<IReadOnlyList<ProcessedPhoto>>.Invalid(ScansField, outcome.Error!);
            }
            processed.Add(outcome.Scan);
        }
        return OrganizerResult<IReadOnlyList<ProcessedPhoto>>.Ok(processed);
    }

    private static PaperScan Scan(ProcessedPhoto scan, DateTime now) =>
        new() { Content = scan.Content, ContentType = scan.ContentType, Width = scan.Width, Height = scan.Height, AddedAt = now };

    // Kept as figures and the organizer's own words, so the log reads the same in every language.
    private static string Describe(PaperBatch batch) => $"{batch.Count} · {batch.CollectedOn:yyyy-MM-dd} · {batch.Place}";
}
