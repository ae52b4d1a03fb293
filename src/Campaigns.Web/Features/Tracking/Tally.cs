using Campaigns.Web.Domain;

namespace Campaigns.Web.Features.Tracking;

/// <summary>One campaign's counts as stored on the campaign row (kept current by the counting job); <paramref name="Language"/> is the title's.</summary>
public sealed record CampaignRow(
    Guid Id, string Slug, string Title, CampaignKind Kind, CampaignStatus Status,
    int Individuals, int Organisations, int? Goal, DateTime? CountedAt, string Language);

/// <summary>
/// Confirmed support, individuals and organisations apart. Appeal letters are each one supporter's letter,
/// so they are counted as letters; every other kind of campaign collects signatures.
/// </summary>
public sealed record Tally(int Signatures, int Letters, int Individuals, int Organisations, int Total, int? Goal, DateTime? CountedAt)
{
    public static Tally Of(IReadOnlyCollection<CampaignRow> campaigns, int? goal)
    {
        var letters = campaigns.Where(c => c.Kind == CampaignKind.AppealLetter).Sum(c => c.Individuals);
        var individuals = campaigns.Sum(c => c.Individuals);
        var organisations = campaigns.Sum(c => c.Organisations);
        return new Tally(individuals - letters, letters, individuals, organisations, individuals + organisations,
            goal, campaigns.Max(c => c.CountedAt));
    }

    public static Tally Of(CampaignRow campaign) => Of([campaign], campaign.Goal);
}
