using Campaigns.Web.Domain;
using Campaigns.Web.Features.Solidarity;

namespace Campaigns.Web.Features.Tracking;

/// <summary>The campaign page's live count: its whole support, as the page shows it (the first open-data shape, kept for its users).</summary>
public sealed record CampaignCount(int Confirmed, int? Goal, DateTime? UpdatedAt)
{
    public static CampaignCount Of(CampaignRow row) => new(row.Support.Total, row.Goal, row.CountedAt);
}

/// <summary>A campaign's confirmed counts as open data. Signatures and letters are individuals; organisations are apart.</summary>
public sealed record CampaignCounts(
    string Slug, string Title, CampaignKind Kind, CampaignStatus Status,
    int Signatures, int Letters, int Individuals, int Organisations, int Total,
    int Online, int Listed, int Historical, int Paper, int? Goal, DateTime? CountedAt)
{
    public static CampaignCounts Of(CampaignRow row)
    {
        var t = Tally.Of(row);
        return new CampaignCounts(row.Slug, row.Title, row.Kind, row.Status,
            t.Signatures, t.Letters, t.Individuals, t.Organisations, t.Total, t.Online, t.Listed, t.Historical, t.Paper, t.Goal, t.CountedAt);
    }
}

/// <summary>A person's confirmed support across every public campaign about them, and per campaign, with the messages written to them.</summary>
public sealed record CaseCounts(
    string Slug, string Name, string? NativeName,
    int Signatures, int Letters, int Individuals, int Organisations, int Total,
    int Online, int Listed, int Historical, int Paper, DateTime? CountedAt,
    IReadOnlyList<CampaignCounts> Campaigns, MessageTally Messages)
{
    public static CaseCounts Of(TrackedSubject person, MessageTally messages)
    {
        var t = person.Tally;
        return new CaseCounts(person.Slug, person.Name, person.NativeName,
            t.Signatures, t.Letters, t.Individuals, t.Organisations, t.Total, t.Online, t.Listed, t.Historical, t.Paper, t.CountedAt,
            person.Campaigns.Select(CampaignCounts.Of).ToList(), messages);
    }
}
