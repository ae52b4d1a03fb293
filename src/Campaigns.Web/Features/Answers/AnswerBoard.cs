using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Answers;

/// <summary>Who of a campaign's officials has answered, and since when the others have been silent.</summary>
public class AnswerBoard(CampaignsDbContext db, TimeProvider clock)
{
    /// <summary>The board of a campaign the public may see (published or closed), or null.</summary>
    public async Task<AnswerBoardView?> PublicAsync(string slug, CancellationToken ct)
    {
        var id = await db.Campaigns.AsNoTracking().Where(c => c.Slug == slug && c.Status != CampaignStatus.Draft)
            .Select(c => (Guid?)c.Id).SingleOrDefaultAsync(ct);
        return id is { } campaignId ? await ForCampaignAsync(campaignId, ct) : null;
    }

    public async Task<AnswerBoardView> ForCampaignAsync(Guid campaignId, CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId)
            .Select(c => new { c.Slug, c.AnswerWaitDays, c.PublishedAt, c.Status }).SingleAsync(ct);
        var targets = await db.CampaignTargets.AsNoTracking().Where(t => t.CampaignId == campaignId).OrderBy(t => t.Position)
            .Select(t => new { t.TargetId, t.Target!.Name, t.Target.Title, t.Target.Affiliation }).ToListAsync(ct);
        var answers = await db.OfficialAnswers.AsNoTracking().Where(a => a.CampaignId == campaignId)
            .Select(a => new { a.TargetId, a.ReceivedOn, a.Summary, DocumentType = a.Document == null ? null : a.Document.ContentType })
            .ToDictionaryAsync(a => a.TargetId, ct);
        // The wait starts when the first letter reached the official: posted letters are recorded with their date as sent.
        var firstDelivered = await db.Deliveries.AsNoTracking().Where(d => d.CampaignId == campaignId && d.SentAt != null)
            .GroupBy(d => d.TargetId).Select(g => new { TargetId = g.Key, First = g.Min(d => d.SentAt) })
            .ToDictionaryAsync(d => d.TargetId, d => d.First, ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = targets.Select(t =>
        {
            if (answers.TryGetValue(t.TargetId, out var answer))
            {
                var url = answer.DocumentType is null ? null : AnswerLinks.Document(campaign.Slug, t.TargetId);
                return new OfficialAnswerRow(t.TargetId, t.Name, t.Title, t.Affiliation, AnswerState.Answered,
                    answer.ReceivedOn, answer.Summary, url, answer.DocumentType, null, false, null);
            }
            var delivered = firstDelivered.GetValueOrDefault(t.TargetId);
            var since = delivered ?? (campaign.Status == CampaignStatus.Draft ? null : campaign.PublishedAt);
            var days = since is { } start ? Math.Max(0, (int)(now - start).TotalDays) : (int?)null;
            var state = days is null ? AnswerState.NotYetAsked : days >= campaign.AnswerWaitDays ? AnswerState.Overdue : AnswerState.Awaited;
            return new OfficialAnswerRow(t.TargetId, t.Name, t.Title, t.Affiliation, state, null, null, null, null, since, delivered is not null, days);
        }).ToList();
        return new AnswerBoardView(campaign.Slug, campaign.AnswerWaitDays, rows);
    }
}
