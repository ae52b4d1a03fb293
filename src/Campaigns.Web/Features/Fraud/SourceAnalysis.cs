using System.Linq.Expressions;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Counting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Fraud;

/// <summary>
/// Where a campaign's signatures (pending ones too, invalidated ones not) come from: the biggest sources of each
/// kind, counted by the database, and whether each stands out against the average of the others of its kind.
/// </summary>
public class SourceAnalysis(CampaignsDbContext db, IOptions<FraudOptions> options)
{
    public const int Shown = 20;

    public async Task<SourceReport> AnalyseAsync(Guid campaignId, CancellationToken ct)
    {
        var live = db.Signatures.AsNoTracking().ThatAreNotInvalidated().Where(s => s.CampaignId == campaignId);
        var o = options.Value;
        var total = await live.CountAsync(ct);
        var confirmed = await live.CountAsync(s => s.ConfirmedAt != null, ct);
        var ips = await SourcesAsync(live.Where(s => s.IpHash != null), s => s.IpHash!, ct);
        var domains = await SourcesAsync(live, s => s.EmailNormalized.Substring(s.EmailNormalized.IndexOf("@") + 1), ct);
        var countries = await SourcesAsync(live, s => s.Country, ct);
        var minutes = await MinutesAsync(live, ct);
        return new SourceReport(total, confirmed,
            Flag(ips, o.SourceMinSignatures, o.SourceFactor, (key, r) => new Flagged(key, r.Signatures, r.Confirmed, r.Share, r.UsualOthers, r.StandsOut)),
            Flag(domains, o.SourceMinSignatures, o.SourceFactor, (key, r) => new Flagged(key, r.Signatures, r.Confirmed, r.Share, r.UsualOthers, r.StandsOut)),
            Flag(countries, o.SourceMinSignatures, o.SourceFactor, (key, r) => new Flagged(key, r.Signatures, r.Confirmed, r.Share, r.UsualOthers, r.StandsOut)),
            Flag(minutes, o.BurstMinSignatures, o.BurstFactor, (minute, r) => new MinuteCount(minute, r.Signatures, r.Confirmed, r.UsualOthers, r.StandsOut)));
    }

    private static async Task<Ranked<string>> SourcesAsync(IQueryable<Signature> signatures, Expression<Func<Signature, string>> key, CancellationToken ct)
    {
        var groups = signatures.GroupBy(key);
        var top = await groups
            .Select(g => new { g.Key, Signatures = g.Count(), Confirmed = g.Count(s => s.ConfirmedAt != null) })
            .OrderByDescending(r => r.Signatures).ThenBy(r => r.Key)
            .Take(Shown)
            .ToListAsync(ct);
        var rows = top.Select(r => new Row<string>(r.Key, r.Signatures, r.Confirmed)).ToList();
        return new Ranked<string>(rows, await groups.CountAsync(ct), await signatures.CountAsync(ct));
    }

    private static async Task<Ranked<DateTime>> MinutesAsync(IQueryable<Signature> live, CancellationToken ct)
    {
        var groups = live.GroupBy(s => new { s.CreatedAt.Year, s.CreatedAt.Month, s.CreatedAt.Day, s.CreatedAt.Hour, s.CreatedAt.Minute });
        var top = await groups
            .Select(g => new { g.Key, Signatures = g.Count(), Confirmed = g.Count(s => s.ConfirmedAt != null) })
            .OrderByDescending(r => r.Signatures)
            .Take(Shown)
            .ToListAsync(ct);
        var rows = top.Select(r => new Row<DateTime>(
            new DateTime(r.Key.Year, r.Key.Month, r.Key.Day, r.Key.Hour, r.Key.Minute, 0, DateTimeKind.Utc), r.Signatures, r.Confirmed)).ToList();
        return new Ranked<DateTime>(rows, await groups.CountAsync(ct), await live.CountAsync(ct));
    }

    /// <summary>Each source against the average of all the others of its kind (zero when it is the only one).</summary>
    private static List<T> Flag<TKey, T>(Ranked<TKey> ranked, int min, double factor, Func<TKey, Measure, T> make) => ranked.Top.Select(r =>
    {
        var others = ranked.Groups > 1 ? (double)(ranked.Signatures - r.Signatures) / (ranked.Groups - 1) : 0;
        var share = ranked.Signatures == 0 ? 0 : (double)r.Signatures / ranked.Signatures;
        return make(r.Key, new Measure(r.Signatures, r.Confirmed, share, Math.Round(others, 1), r.Signatures >= min && r.Signatures >= factor * others));
    }).ToList();

    private sealed record Row<TKey>(TKey Key, int Signatures, int Confirmed);

    private sealed record Ranked<TKey>(IReadOnlyList<Row<TKey>> Top, int Groups, int Signatures);

    private sealed record Measure(int Signatures, int Confirmed, double Share, double UsualOthers, bool StandsOut);
}
