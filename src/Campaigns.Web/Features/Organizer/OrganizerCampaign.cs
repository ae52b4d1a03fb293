using Campaigns.Web.Domain;
using Campaigns.Web.Features.Campaigns;
using Campaigns.Web.Features.Counting;

namespace Campaigns.Web.Features.Organizer;

/// <summary>A campaign as its organizers see it: drafts included, target emails and pending signatures too.</summary>
public sealed record OrganizerCampaign(
    string Slug,
    CampaignKind Kind,
    CampaignStatus Status,
    string Title,
    string Summary,
    string Body,
    string? StartedBy,
    int? Goal,
    DateTime? Deadline,
    string? ClosingMessage,
    DateTime CreatedAt,
    DateTime? PublishedAt,
    DateTime? ClosedAt,
    Guid OrganisationId,
    string OrganisationName,
    CampaignSupport Support,
    int Pending,
    IReadOnlyList<OrganizerTarget> Targets,
    IReadOnlyList<CaseLink> Cases)
{
    /// <summary>The whole support, as the public pages count it.</summary>
    public int Confirmed => Support.Total;
}

public sealed record OrganizerTarget(
    string Name, string? Title, string? Organisation, string? Country, string? Email,
    Guid Id, DateTime? NoFurtherActionAt, string? NoFurtherActionReason, string? OnBehalfOfCaseSlug = null);
