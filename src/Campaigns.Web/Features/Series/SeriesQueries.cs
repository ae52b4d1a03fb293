using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Series;

/// <summary>Series and per-person action status as the public sees them: drafts never appear.</summary>
public class SeriesQueries(CampaignsDbContext db)
{
    public async Task<PublicSeries?> FindAsync(string key, CancellationToken ct)
    {
        var series = await FindSeriesAsync(Uri.UnescapeDataString(key), ct);
        if (series is null)
        {
            return null;
        }
        var outputs = await OutputsAsync(series.Id, publicOnly: true, ct);
        var organisation = await db.Organisations.AsNoTracking().Where(o => o.Id == series.OrganisationId).Select(o => o.Name).SingleAsync(ct);
        return outputs.Count == 0 ? null : new PublicSeries(series.Id, series.Reference, series.Title, organisation, outputs);
    }

    public async Task<UrgentActionPanel?> PanelAsync(string campaignSlug, bool publicOnly, CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking()
            .Where(c => c.Slug == campaignSlug && (!publicOnly || c.Status != CampaignStatus.Draft))
            .Select(c => new { c.Id, c.SeriesId, c.OutputNumber, c.FinalOutput }).SingleOrDefaultAsync(ct);
        if (campaign is null)
        {
            return null;
        }
        SeriesPlacement? placement = null;
        if (campaign.SeriesId is { } seriesId && await db.ActionSeries.AsNoTracking().SingleOrDefaultAsync(s => s.Id == seriesId, ct) is { } series)
        {
            placement = new SeriesPlacement(series.Id, series.Reference, series.Title, campaign.OutputNumber ?? 1, campaign.FinalOutput,
                await OutputsAsync(series.Id, publicOnly, ct));
        }
        return new UrgentActionPanel(campaignSlug, placement, await PeopleAsync(campaign.Id, ct));
    }

    public Task<List<PersonAction>> PeopleAsync(Guid campaignId, CancellationToken ct) =>
        db.CampaignCases.AsNoTracking()
            .Where(cc => cc.CampaignId == campaignId)
            .OrderBy(cc => cc.Position).ThenBy(cc => cc.Case!.Name)
            .Select(cc => new PersonAction(cc.Case!.Slug, cc.Case.Name, cc.Case.NativeName, cc.ActionStatus, cc.ActionChangedOn, cc.ActionReason))
            .ToListAsync(ct);

    private async Task<List<SeriesOutput>> OutputsAsync(Guid seriesId, bool publicOnly, CancellationToken ct) =>
        await db.Campaigns.AsNoTracking()
            .Where(c => c.SeriesId == seriesId && (!publicOnly || c.Status != CampaignStatus.Draft))
            .OrderBy(c => c.OutputNumber)
            .Select(c => new SeriesOutput(c.OutputNumber ?? 1, c.Title, c.Slug, c.Status, c.FinalOutput, c.PublishedAt))
            .ToListAsync(ct);

    // A series is named by its id, its reference ("UA 44/22") or the reference as a slug ("ua-44-22").
    private async Task<ActionSeries?> FindSeriesAsync(string key, CancellationToken ct)
    {
        if (Guid.TryParse(key, out var id))
        {
            return await db.ActionSeries.AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, ct);
        }
        var slug = SeriesReference.Slug(key);
        if (slug.Length == 0)
        {
            return null;
        }
        var pattern = slug.Replace('-', '%');
        var candidates = await db.ActionSeries.AsNoTracking()
            .Where(s => EF.Functions.Like(s.Reference.ToLower(), pattern))
            .OrderBy(s => s.CreatedAt)
            .ToListAsync(ct);
        return candidates.FirstOrDefault(s => SeriesReference.Slug(s.Reference) == slug);
    }
}
