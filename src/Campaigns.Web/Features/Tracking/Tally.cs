using Campaigns.Web.Domain;
using Campaigns.Web.Features.Counting;

namespace Campaigns.Web.Features.Tracking;

/// <summary>One campaign's counts as stored on the campaign row (kept current by the counting job); <paramref name="Language"/> is the title's.</summary>
public sealed record CampaignRow(
    Guid Id, string Slug, string Title, CampaignKind Kind, CampaignStatus Status,
    CampaignSupport Support, int? Goal, DateTime? CountedAt, string Language)
{
    public int Individuals => Support.Individuals;
    public int Organisations => Support.Organisations;
}

/// <summary>
/// Support across one or more campaigns, by the one definition of <see cref="CampaignSupport"/>: individuals and
/// organisations apart, the historical, listed and paper parts shown. Appeal letters are each one supporter's letter,
/// so they are counted as letters; every other kind of campaign collects signatures.
/// </summary>
public sealed record Tally(
    int Signatures, int Letters, int Individuals, int Organisations, int Total,
    int Online, int Listed, int Historical, DateOnly? HistoricalOn, int? Goal, DateTime? CountedAt, int Paper = 0)
{
    public static Tally Of(IReadOnlyCollection<CampaignRow> campaigns, int? goal)
    {
        var letters = campaigns.Where(c => c.Kind == CampaignKind.AppealLetter).Sum(c => c.Individuals);
        var sum = CampaignSupport.Sum(campaigns.Select(c => c.Support).ToList());
        return new Tally(sum.Individuals - letters, letters, sum.Individuals, sum.Organisations, sum.Total,
            sum.Online, sum.Listed, sum.Historical, sum.HistoricalOn, goal, campaigns.Max(c => c.CountedAt), sum.Paper);
    }

    public static Tally Of(CampaignRow campaign) => Of([campaign], campaign.Goal);
}
