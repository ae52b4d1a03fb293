using Campaigns.Web.Domain;
using Campaigns.Web.Features.Counting;

namespace Campaigns.Web.Features.Campaigns;

public sealed record CampaignListItem(
    string Slug, CampaignKind Kind, string Title, CampaignStatus Status, int? Goal, DateTime? Deadline, CampaignSupport Support)
{
    /// <summary>The whole support (<see cref="CampaignSupport.Total"/>), under the name the API has always used.</summary>
    public int SignatureCount => Support.Total;
}

public sealed record CampaignList(IReadOnlyList<CampaignListItem> Items, int Page, int PageSize, int Total);

public sealed record TargetView(string Name, string? Title, string? Organisation, string? Country, bool NoFurtherAction = false);

public sealed record CaseLink(string Slug, string Name, string? NativeName);

public sealed record CampaignDetail(
    string Slug,
    CampaignKind Kind,
    string Title,
    string Summary,
    string Body,
    CampaignStatus Status,
    string? StartedBy,
    CampaignSupport Support,
    int? Goal,
    DateTime? Deadline,
    DateTime? PublishedAt,
    DateTime? ClosedAt,
    string? ClosingMessage,
    string OrganisationName,
    IReadOnlyList<TargetView> Targets,
    IReadOnlyList<CaseLink> Cases)
{
    /// <summary>The whole support (<see cref="CampaignSupport.Total"/>), under the name the API has always used.</summary>
    public int SignatureCount => Support.Total;
}


public sealed record RecentSigner(string DisplayName, string Country, DateTime ConfirmedAt);
