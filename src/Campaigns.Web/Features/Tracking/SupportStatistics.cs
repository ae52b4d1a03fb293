using Campaigns.Web.Features.Counting;
using Campaigns.Web.Data;
using Campaigns.Web.Features.Signing;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Tracking;

/// <summary>
/// Aggregates of confirmed signatures, computed in the database (GROUP BY over the campaign and
/// confirmation time) so no signer's row ever leaves it.
/// </summary>
public class SupportStatistics(CampaignsDbContext db)
{
    public const int CountriesShown = 10;
    public const string OtherCountries = "";

    public async Task<IReadOnlyList<DayCount>> PerDayAsync(IReadOnlyCollection<Guid> campaignIds, DateOnly from, DateOnly to, CancellationToken ct)
    {
        var since = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc);
        var rows = await Confirmed(campaignIds)
            .Where(s => s.ConfirmedAt >= since)
            .GroupBy(s => s.ConfirmedAt!.Value.Date)
            .Select(g => new { Day = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        var byDay = rows.ToDictionary(r => DateOnly.FromDateTime(r.Day), r => r.Count);
        var days = new List<DayCount>();
        for (var day = from; day <= to; day = day.AddDays(1))
        {
            days.Add(new DayCount(day, byDay.GetValueOrDefault(day)));
        }
        return days;
    }

    /// <summary>The day of the first confirmed signature, if any.</summary>
    public async Task<DateOnly?> FirstDayAsync(IReadOnlyCollection<Guid> campaignIds, CancellationToken ct) =>
        await Confirmed(campaignIds).MinAsync(s => s.ConfirmedAt, ct) is { } first ? DateOnly.FromDateTime(first) : null;

    /// <summary>Every country with confirmed signers, most first; the map shades them all, the table shows the leaders.</summary>
    public async Task<IReadOnlyList<CountryCount>> PerCountryAsync(IReadOnlyCollection<Guid> campaignIds, CancellationToken ct)
    {
        var rows = await Confirmed(campaignIds)
            .GroupBy(s => s.Country)
            .Select(g => new { Country = g.Key, Count = g.Count() })
            .ToListAsync(ct);
        return rows.OrderByDescending(r => r.Count).ThenBy(r => r.Country, StringComparer.Ordinal)
            .Select(r => new CountryCount(r.Country, r.Count))
            .ToList();
    }

    /// <summary>The countries with most signers, then everyone else as one line with an empty code.</summary>
    public static IReadOnlyList<CountryCount> Leading(IReadOnlyList<CountryCount> ranked)
    {
        var shown = ranked.Take(CountriesShown).ToList();
        var others = ranked.Skip(CountriesShown).Sum(r => r.Count);
        if (others > 0)
        {
            shown.Add(new CountryCount(OtherCountries, others));
        }
        return shown;
    }

    private IQueryable<Domain.Signature> Confirmed(IReadOnlyCollection<Guid> campaignIds) =>
        db.Signatures.AsNoTracking().ThatCount().Where(s => campaignIds.Contains(s.CampaignId));
}
