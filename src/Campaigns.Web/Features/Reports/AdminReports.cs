using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Reports;

public sealed record OpenReport(
    Guid Id, string CampaignSlug, string CampaignTitle, Guid? CommentId, string? CommentText, CommentReview? CommentReview,
    string Reason, DateTime CreatedAt);

/// <summary>What admins see and do about reports: the open ones, oldest first; handling one, and hiding a comment.</summary>
public class AdminReports(CampaignsDbContext db, TimeProvider clock)
{
    private const int Listed = 200;

    public async Task<IReadOnlyList<OpenReport>> OpenAsync(CancellationToken ct) =>
        await (from r in db.AbuseReports.AsNoTracking()
               join c in db.Campaigns on r.CampaignId equals c.Id
               where r.HandledAt == null
               orderby r.CreatedAt
               select new OpenReport(r.Id, c.Slug, c.Title, r.SignatureId,
                   db.Signatures.Where(s => s.Id == r.SignatureId).Select(s => s.Comment).FirstOrDefault(),
                   db.Signatures.Where(s => s.Id == r.SignatureId).Select(s => (CommentReview?)s.CommentReview).FirstOrDefault(),
                   r.Reason, r.CreatedAt))
            .Take(Listed).ToListAsync(ct);

    public async Task<bool> HandleAsync(Guid id, bool hideComment, CancellationToken ct)
    {
        var report = await db.AbuseReports.SingleOrDefaultAsync(r => r.Id == id, ct);
        if (report is null)
        {
            return false;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        if (hideComment && report.SignatureId is { } signatureId)
        {
            await db.Signatures.Where(s => s.Id == signatureId)
                .ExecuteUpdateAsync(s => s.SetProperty(x => x.CommentReview, CommentReview.HiddenByAdmin), ct);
            // Every open report about the same comment is settled by hiding it.
            await db.AbuseReports.Where(r => r.SignatureId == signatureId && r.HandledAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.HandledAt, now), ct);
        }
        await db.AbuseReports.Where(r => r.Id == id && r.HandledAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(r => r.HandledAt, now), ct);
        await transaction.CommitAsync(ct);
        return true;
    }
}
