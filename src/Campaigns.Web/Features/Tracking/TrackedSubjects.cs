using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Counting;
using Campaigns.Web.Features.Translations;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Tracking;

/// <summary>
/// Finds campaigns and cases by slug with their public campaigns' counts, titles and names in the current
/// request's language where translated. Drafts never count.
/// </summary>
public class TrackedSubjects(CampaignsDbContext db, TranslatedCampaigns campaignTexts, TranslatedCases caseTexts)
{
    public async Task<TrackedSubject?> FindAsync(SubjectKind kind, string slug, CancellationToken ct) =>
        kind == SubjectKind.Campaign ? await CampaignAsync(slug, ct) : await CaseAsync(slug, ct);

    public async Task<TrackedSubject?> CampaignAsync(string slug, CancellationToken ct)
    {
        var rows = await TranslatedAsync(Rows(db.Campaigns.Where(c => c.Slug == slug)), ct);
        return rows is [var campaign] ? new TrackedSubject(SubjectKind.Campaign, campaign.Slug, campaign.Title, null, null, rows, campaign.Language) : null;
    }

    public async Task<TrackedSubject?> CaseAsync(string slug, CancellationToken ct)
    {
        var person = await db.Cases.AsNoTracking().Where(c => c.Slug == slug)
            .Select(c => new { c.Id, c.Slug, c.Name, c.NativeName, c.Language }).SingleOrDefaultAsync(ct);
        if (person is null)
        {
            return null;
        }
        var campaigns = db.Campaigns.Where(c => c.Cases.Any(x => x.CaseId == person.Id));
        var rows = await TranslatedAsync(Rows(campaigns), ct);
        var names = await caseTexts.NamesAsync([person.Id], ct);
        return names.TryGetValue(person.Id, out var name)
            ? new TrackedSubject(SubjectKind.Case, person.Slug, name, person.Name, person.Id, rows, ContentLanguages.Current)
            : new TrackedSubject(SubjectKind.Case, person.Slug, person.Name, person.NativeName, person.Id, rows, person.Language);
    }

    /// <summary>The current counts of the given campaigns, in one query.</summary>
    public Task<List<CampaignRow>> CountsAsync(IReadOnlyCollection<Guid> campaignIds, CancellationToken ct) =>
        Rows(db.Campaigns.Where(c => campaignIds.Contains(c.Id))).ToListAsync(ct);

    private static IQueryable<CampaignRow> Rows(IQueryable<Campaign> campaigns) =>
        campaigns.AsNoTracking().Where(c => c.Status != CampaignStatus.Draft)
            .OrderBy(c => c.PublishedAt)
            .Select(c => new CampaignRow(c.Id, c.Slug, c.Title, c.Kind, c.Status,
                CampaignSupport.Of(c.Kind, c.SignatureCount, c.ListedCount, c.OfflineCount, c.OrganisationCount, c.OfflineCountedOn, c.PaperCount), c.Goal, c.CountedAt, c.Language));

    private async Task<List<CampaignRow>> TranslatedAsync(IQueryable<CampaignRow> query, CancellationToken ct)
    {
        var rows = await query.ToListAsync(ct);
        var titles = await campaignTexts.TitlesAsync(rows.Select(r => r.Id).ToList(), ct);
        return rows.Select(r =>
        {
            var (title, language) = TranslatedCampaigns.TitleOf(titles, r.Id, r.Title, r.Language);
            return r with { Title = title, Language = language };
        }).ToList();
    }
}
