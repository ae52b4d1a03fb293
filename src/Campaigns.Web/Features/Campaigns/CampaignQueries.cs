using Campaigns.Web.Infrastructure;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Counting;
using Campaigns.Web.Features.Translations;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Campaigns;

/// <summary>The public, read-only views of campaigns. Drafts are never visible here.</summary>
public class CampaignQueries(CampaignsDbContext db, TranslatedCampaigns translations, TimeProvider clock)
{
    public const int MaxPageSize = 100;

    private IQueryable<Campaign> Visible => db.Campaigns.AsNoTracking().Where(c => c.Status != CampaignStatus.Draft);

    public async Task<CampaignList> ListAsync(int page, int pageSize, CancellationToken ct)
    {
        page = Math.Clamp(page, 1, Paging.MaxPage);
        pageSize = Math.Clamp(pageSize, 1, MaxPageSize);
        var total = await Visible.CountAsync(ct);
        var now = Now;
        var rows = await Visible
            .OrderBy(c => c.Status == CampaignStatus.Published ? 0 : 1).ThenByDescending(c => c.PublishedAt)
            .Skip((page - 1) * pageSize).Take(pageSize)
            .Select(c => new { c.Id, Item = new CampaignListItem(c.Slug, c.Kind, c.Title, c.Status, c.Goal, c.Deadline,
                CampaignSupport.Of(c.Kind, c.SignatureCount, c.ListedCount, c.OfflineCount, c.OrganisationCount, c.OfflineCountedOn, c.PaperCount),
                Campaign.IsOpen(c.Status, c.Deadline, now), c.Language) })
            .ToListAsync(ct);
        var titles = await translations.TitlesAsync(rows.Select(r => r.Id).ToList(), ct);
        var items = rows.Select(r =>
        {
            var (title, language) = TranslatedCampaigns.TitleOf(titles, r.Id, r.Item.Title, r.Item.Language);
            return r.Item with { Title = title, Language = language };
        }).ToList();
        return new CampaignList(items, page, pageSize, total);
    }

    /// <summary>The campaign in the current request's language when it has been translated into it, else as written.</summary>
    public async Task<CampaignDetail?> GetAsync(string slug, CancellationToken ct)
    {
        var now = Now;
        var found = await Visible.Where(c => c.Slug == slug).Select(c => new { c.Id, Detail = new CampaignDetail(
                c.Slug, c.Kind, c.Title, c.Summary, c.Body, c.Status, c.StartedBy,
                CampaignSupport.Of(c.Kind, c.SignatureCount, c.ListedCount, c.OfflineCount, c.OrganisationCount, c.OfflineCountedOn, c.PaperCount), c.Goal,
                c.Deadline, c.PublishedAt, c.ClosedAt, c.ClosingMessage, c.Organisation!.Name,
                c.Targets.OrderBy(t => t.Position)
                    .Select(t => new TargetView(t.Target!.Name, t.Target.Title, t.Target.Affiliation, t.Target.Country, t.NoFurtherActionAt != null))
                    .ToList(),
                c.Cases.Select(x => new CaseLink(x.Case!.Slug, x.Case.Name, x.Case.NativeName)).ToList(),
                c.AddressedTo, Campaign.IsOpen(c.Status, c.Deadline, now), new TextLanguage(c.Language, c.Language)) })
            .AsSplitQuery()
            .SingleOrDefaultAsync(ct);
        if (found is null)
        {
            return null;
        }
        var detail = found.Detail;
        var wanted = ContentLanguages.Current;
        return await translations.FindAsync(found.Id, detail.Language.Shown, wanted, ct) is { } t
            ? detail with
            {
                Title = t.Title, Summary = t.Summary, Body = t.Body, ClosingMessage = t.ClosingMessage ?? detail.ClosingMessage,
                Language = TextLanguage.Translated(wanted),
            }
            : detail with { Language = TextLanguage.Original(detail.Language.Shown) };
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    public async Task<IReadOnlyList<RecentSigner>> RecentSignersAsync(string slug, int take, CancellationToken ct)
    {
        var rows = await db.Signatures.AsNoTracking().ThatCount()
            .Where(s => s.Campaign!.Slug == slug && (s.NameDisplay == NameDisplay.Full || s.NameDisplay == NameDisplay.Initials))
            .OrderByDescending(s => s.ConfirmedAt)
            .Take(take)
            .Select(s => new { s.Name, s.NameDisplay, s.Country, ConfirmedAt = s.ConfirmedAt!.Value })
            .ToListAsync(ct);
        return rows.Select(r => new RecentSigner(
            r.NameDisplay == NameDisplay.Full ? r.Name : Initials(r.Name), r.Country, r.ConfirmedAt)).ToList();
    }

    public static string Initials(string name) =>
        string.Concat(name.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Select(part => char.IsLetter(part[0]) ? $"{char.ToUpperInvariant(part[0])}." : ""));
}
