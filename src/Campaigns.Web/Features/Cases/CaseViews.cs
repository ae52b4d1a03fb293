using Campaigns.Web.Domain;
using Campaigns.Web.Features.Counting;
using Campaigns.Web.Features.Translations;

namespace Campaigns.Web.Features.Cases;

public sealed record AdvocateView(Guid Id, AdvocateKind Kind, string Name, string? Title, string? Affiliation, string? Url);

public sealed record CaseUpdateView(
    Guid Id, DateOnly Date, DatePrecision DatePrecision, string Summary, string? SourceName, string? SourceUrl, DateOnly? SourceDate, string Language);

public sealed record CaseCampaignView(
    string Slug, string Title, CampaignKind Kind, CampaignStatus Status, bool Open, CampaignSupport Support, int? Goal,
    string? Reference, DateTime? PublishedAt, DateTime? ClosedAt, string Language)
{
    /// <summary>The whole support (<see cref="CampaignSupport.Total"/>), under the name the API has always used.</summary>
    public int SignatureCount => Support.Total;
}

/// <summary>A person's public profile: everything here may be shown to anyone, and nothing about signers is.</summary>
public sealed record CaseDetail(
    string Slug,
    string Name,
    string? NativeName,
    string? Honorific,
    string? Country,
    CaseStatus Status,
    DateOnly? StatusChangedOn,
    DateOnly? DetainedSince,
    string? Charges,
    string? Sentence,
    string? PlaceOfDetention,
    string? Biography,
    string Organisation,
    string? PhotoUrl,
    string? ThumbnailUrl,
    IReadOnlyList<AdvocateView> Advocates,
    IReadOnlyList<AdvocateView> Partners,
    IReadOnlyList<CaseUpdateView> Updates,
    IReadOnlyList<CaseCampaignView> Campaigns,
    TextLanguage Language);

/// <summary><paramref name="Language"/> is the language the name line is shown in.</summary>
public sealed record CaseListItem(
    string Slug, string Name, string? NativeName, string? Country, CaseStatus Status, DateOnly? DetainedSince, string? PhotoUrl, string? ThumbnailUrl,
    string Language);

public sealed record CaseList(IReadOnlyList<CaseListItem> Items, int Page, int PageSize, int Total);

public sealed record MyCaseItem(string Slug, string Name, string? NativeName, CaseStatus Status, string Organisation, int Updates, DateTime CreatedAt);

public sealed record MyCaseList(IReadOnlyList<MyCaseItem> Items);

public static class CasePhotoUrls
{
    /// <summary>The version in the address changes with each upload, so the photo can be cached for a year.</summary>
    public static string? For(string slug, DateTime? updatedAt) =>
        updatedAt is { } at ? $"/cases/{slug}/photo?v={at.Ticks:x}" : null;

    public static string? Thumbnail(string slug, DateTime? updatedAt) =>
        updatedAt is { } at ? $"/cases/{slug}/photo/thumbnail?v={at.Ticks:x}" : null;
}
