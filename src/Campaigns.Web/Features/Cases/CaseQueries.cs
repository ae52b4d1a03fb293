using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Counting;
using Campaigns.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Cases;

public sealed record CaseSearch(string? Query, string? Country, CaseStatus? Status, int Page, int PageSize);

/// <summary>The public, read-only views of cases; campaigns still in draft are left out.</summary>
public class CaseQueries(CampaignsDbContext db, TimeProvider clock)
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
            .Select(c => new { c.Slug, c.Name, c.NativeName, c.Country, c.Status, c.DetainedSince, c.PhotoUpdatedAt })
            .ToListAsync(ct);
        var items = rows.Select(c => new CaseListItem(
            c.Slug, c.Name, c.NativeName, c.Country, c.Status, c.DetainedSince,
            CasePhotoUrls.For(c.Slug, c.PhotoUpdatedAt), CasePhotoUrls.Thumbnail(c.Slug, c.PhotoUpdatedAt))).ToList();
        return new CaseList(items, page, pageSize, total);
    }

    public async Task<CaseDetail?> GetAsync(string slug, CancellationToken ct) =>
        await db.Cases.AsNoTracking().Where(c => c.Slug == slug).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(ct) is { } id
            ? await LoadAsync(id, ct)
            : null;

    public async Task<CaseDetail> LoadAsync(Guid caseId, CancellationToken ct)
    {
        var c = await db.Cases.AsNoTracking().Include(x => x.Advocates).Include(x => x.Updates).AsSplitQuery().SingleAsync(x => x.Id == caseId, ct);
        var organisation = await db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.Name).SingleAsync(ct);
        var advocates = c.Advocates.OrderBy(a => a.Position).Select(a => new AdvocateView(a.Id, a.Kind, a.Name, a.Title, a.Affiliation, a.Url)).ToList();
        var updates = c.Updates.OrderByDescending(u => u.Date).ThenByDescending(u => u.CreatedAt)
            .Select(u => new CaseUpdateView(u.Id, u.Date, u.DatePrecision, u.Summary, u.SourceName, u.SourceUrl, u.SourceDate)).ToList();
        return new CaseDetail(
            c.Slug, c.Name, c.NativeName, c.Honorific, c.Country, c.Status, c.StatusChangedOn, c.DetainedSince, c.Charges, c.Sentence,
            c.PlaceOfDetention, c.Biography, organisation,
            CasePhotoUrls.For(c.Slug, c.PhotoUpdatedAt), CasePhotoUrls.Thumbnail(c.Slug, c.PhotoUpdatedAt),
            advocates.Where(a => a.Kind == AdvocateKind.Advocate).ToList(),
            advocates.Where(a => a.Kind == AdvocateKind.Partner).ToList(),
            updates, await CampaignsAsync(caseId, ct));
    }

    /// <summary>Open campaigns first, so a visitor can act at once; then the closed ones, newest first.</summary>
    private async Task<IReadOnlyList<CaseCampaignView>> CampaignsAsync(Guid caseId, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var rows = await db.Campaigns.AsNoTracking()
            .Where(c => c.Status != CampaignStatus.Draft && c.Cases.Any(x => x.CaseId == caseId))
            .ToListAsync(ct);
        return rows
            .Select(c => new CaseCampaignView(c.Slug, c.Title, c.Kind, c.Status, c.IsOpenAt(now),
                CampaignSupport.Of(c.Kind, c.SignatureCount, c.ListedCount, c.OfflineCount, c.OrganisationCount, c.OfflineCountedOn), c.Goal, c.Reference, c.PublishedAt, c.ClosedAt))
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
