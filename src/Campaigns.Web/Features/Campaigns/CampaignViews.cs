using Campaigns.Web.Domain;
using Campaigns.Web.Features.Counting;
using Campaigns.Web.Features.Translations;

namespace Campaigns.Web.Features.Campaigns;

/// <summary><see cref="IsOpen"/>: taking signatures now; what people read as "Open" or "Closed" (a status alone says "published" past its deadline too). <paramref name="Language"/> is the language the title is shown in.</summary>
public sealed record CampaignListItem(
    string Slug, CampaignKind Kind, string Title, CampaignStatus Status, int? Goal, DateTime? Deadline, CampaignSupport Support,
    bool IsOpen, string Language)
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
    IReadOnlyList<CaseLink> Cases,
    string? AddressedTo,
    bool IsOpen,
    TextLanguage Language)
{
    /// <summary>The whole support (<see cref="CampaignSupport.Total"/>), under the name the API has always used.</summary>
    public int SignatureCount => Support.Total;
}


public sealed record RecentSigner(string DisplayName, string Country, DateTime ConfirmedAt);
