using System.Text.Json.Serialization;
using Campaigns.Web.Domain;

namespace Campaigns.Web.Features.Counting;

/// <summary>
/// A campaign's support, part by part, as the counting job keeps it on the campaign row: people who signed
/// (or wrote) online and confirmed, people the organizers listed by name, figures counted before this site,
/// signatures recorded from paper sheets, and co-signing organisations. Every page, embed, badge and API reads this one shape.
/// </summary>
public sealed record CampaignSupport(
    [property: JsonIgnore] CampaignKind Kind, int Online, int Listed, int Historical, int Organisations, DateOnly? HistoricalOn = null, int Paper = 0)
{
    public static readonly CampaignSupport None = new(CampaignKind.Petition, 0, 0, 0, 0);

    public int Individuals => Online + Listed + Historical + Paper;

    public int Total => Individuals + Organisations;

    /// <summary>Reads the stored columns; individuals include the listed, historical and paper parts.</summary>
    public static CampaignSupport Of(CampaignKind kind, int individuals, int listed, int historical, int organisations, DateOnly? historicalOn, int paper = 0) =>
        new(kind, individuals - listed - historical - paper, listed, historical, organisations, historical > 0 ? historicalOn : null, paper);

    /// <summary>Several campaigns' support together; the historical part keeps a date only when every figure in it has one.</summary>
    public static CampaignSupport Sum(IReadOnlyCollection<CampaignSupport> parts)
    {
        var historical = parts.Where(p => p.Historical > 0).ToList();
        var historicalOn = historical.Count > 0 && historical.All(p => p.HistoricalOn is not null) ? historical.Max(p => p.HistoricalOn) : null;
        return new CampaignSupport(
            parts.FirstOrDefault()?.Kind ?? CampaignKind.Petition, parts.Sum(p => p.Online), parts.Sum(p => p.Listed),
            parts.Sum(p => p.Historical), parts.Sum(p => p.Organisations), historicalOn, parts.Sum(p => p.Paper));
    }
}
