using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Counting;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Features.Translations;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Cases;

public sealed record CaseSearch(string? Query, string? Country, CaseStatus? Status, int Page, int PageSize);

/// <summary>The public, read-only views of cases; campaigns still in draft are left out.</summary>
public class CaseQueries(CampaignsDbContext db, TimeProvider clock, TranslatedCases translatedCases, TranslatedCampaigns translatedCampaigns)
{
    public const int MaxPageSize = 100;

    public async Task<CaseList> ListAsync(CaseSearch search, CancellationToken ct)
    {
        var page = Math.Clamp(search.Page, 1, Paging.MaxPage);
        var pageSize = Math.Clamp(search.PageSize, 1, MaxPageSize);
        var cases = Filtered(search);
        var total = await cases.CountAsync(ct);
        var rows = await cases.OrderBy(c => c.Name)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(c => new { c.Id, c.Slug, c.Name, c.NativeName, c.Country, c.Status, c.DetainedSince, c.PhotoUpdatedAt, c.Language })
            .ToListAsync(ct);
        var names = await translatedCases.NamesAsync(rows.Select(r => r.Id).ToList(), ct);
        var items = rows.Select(c =>
        {
            var item = new CaseListItem(
                c.Slug, c.Name, c.NativeName, c.Country, c.Status, c.DetainedSince,
                CasePhotoUrls.For(c.Slug, c.PhotoUpdatedAt), CasePhotoUrls.Thumbnail(c.Slug, c.PhotoUpdatedAt), c.Language);
            return names.TryGetValue(c.Id, out var name) ? item with { Name = name, NativeName = c.Name, Language = ContentLanguages.Current } : item;
        }).ToList();
        return new CaseList(items, page, pageSize, total);
    }

    /// <summary>The public profile, in the current request's language when it has been translated into it.</summary>
    public async Task<CaseDetail?> GetAsync(string slug, CancellationToken ct)
    {
        if (await db.Cases.AsNoTracking().Where(c => c.Slug == slug).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(ct) is not { } id)
        {
            return null;
        }
        var detail = await LoadAsync(id, ct);
        return await translatedCases.FindAsync(id, detail.Language.Shown, ct) is { } text ? Translate(detail, text) : detail;
    }

    /// <summary>The profile as its organizers wrote it.</summary>
    public async Task<CaseDetail> LoadAsync(Guid caseId, CancellationToken ct)
    {
        var c = await db.Cases.AsNoTracking().Include(x => x.Advocates).Include(x => x.Updates).AsSplitQuery().SingleAsync(x => x.Id == caseId, ct);
        var organisation = await db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.Name).SingleAsync(ct);
        var advocates = c.Advocates.OrderBy(a => a.Position).Select(a => new AdvocateView(a.Id, a.Kind, a.Name, a.Title, a.Affiliation, a.Url)).ToList();
        var updates = c.Updates.OrderByDescending(u => u.Date).ThenByDescending(u => u.CreatedAt)
            .Select(u => new CaseUpdateView(u.Id, u.Date, u.DatePrecision, u.Summary, u.SourceName, u.SourceUrl, u.SourceDate, c.Language)).ToList();
        return new CaseDetail(
            c.Slug, c.Name, c.NativeName, c.Honorific, c.Country, c.Status, c.StatusChangedOn, c.DetainedSince, c.Charges, c.Sentence,
            c.PlaceOfDetention, c.Biography, organisation,
            CasePhotoUrls.For(c.Slug, c.PhotoUpdatedAt), CasePhotoUrls.Thumbnail(c.Slug, c.PhotoUpdatedAt),
            advocates.Where(a => a.Kind == AdvocateKind.Advocate).ToList(),
            advocates.Where(a => a.Kind == AdvocateKind.Partner).ToList(),
            updates, await CampaignsAsync(caseId, ct), TextLanguage.Original(c.Language));
    }

    /// <summary>The profile in the translation's words, the name as written first shown beside it; an entry not translated yet stays as written.</summary>
    private static CaseDetail Translate(CaseDetail detail, TranslatedCase text)
    {
        var t = text.Profile;
        return detail with
        {
            Name = t.Name,
            NativeName = detail.Honorific is null ? detail.Name : $"{detail.Honorific} {detail.Name}",
            Honorific = null,
            Charges = t.Charges ?? detail.Charges,
            Sentence = t.Sentence ?? detail.Sentence,
            PlaceOfDetention = t.PlaceOfDetention ?? detail.PlaceOfDetention,
            Biography = t.Biography ?? detail.Biography,
            Updates = detail.Updates
                .Select(u => text.Updates.TryGetValue(u.Id, out var summary) ? u with { Summary = summary, Language = t.Language } : u)
                .ToList(),
            Language = TextLanguage.Translated(t.Language),
        };
    }

    /// <summary>Open campaigns first, so a visitor can act at once; then the closed ones, newest first.</summary>
    private async Task<IReadOnlyList<CaseCampaignView>> CampaignsAsync(Guid caseId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await db.Campaigns.AsNoTracking()
            .Where(c => c.Status != CampaignStatus.Draft && c.Cases.Any(x => x.CaseId == caseId))
            .ToListAsync(ct);
        var titles = await translatedCampaigns.TitlesAsync(rows.Select(c => c.Id).ToList(), ct);
        return rows
            .Select(c =>
            {
                var (title, language) = TranslatedCampaigns.TitleOf(titles, c.Id, c.Title, c.Language);
                return new CaseCampaignView(c.Slug, title, c.Kind, c.Status, c.IsOpenAt(now),
                    CampaignSupport.Of(c.Kind, c.SignatureCount, c.ListedCount, c.OfflineCount, c.OrganisationCount, c.OfflineCountedOn, c.PaperCount),
                    c.Goal, c.Reference, c.PublishedAt, c.ClosedAt, language);
            })
            .OrderBy(c => c.Open ? 0 : 1)
            .ThenByDescending(c => c.Open ? c.PublishedAt : c.ClosedAt ?? c.PublishedAt)
            .ToList();
    }

    private IQueryable<Case> Filtered(CaseSearch search)
    {
        var cases = db.Cases.AsNoTracking();
        if (!string.IsNullOrWhiteSpace(search.Query))
        {
            var q = search.Query.Trim().ToLowerInvariant();
            cases = cases.Where(c => c.Name.ToLower().Contains(q) || (c.NativeName != null && c.NativeName.ToLower().Contains(q)));
        }
        if (!string.IsNullOrWhiteSpace(search.Country))
        {
            var country = search.Country.Trim().ToUpperInvariant();
            cases = cases.Where(c => c.Country == country);
        }
        if (search.Status is { } status)
        {
            cases = cases.Where(c => c.Status == status);
        }
        return cases;
    }
}
