using Campaigns.Web.Domain;

namespace Campaigns.Web.Features.Series;

public sealed record SeriesView(Guid Id, string Reference, string Title);

public sealed record SeriesOutput(int Number, string Title, string Slug, CampaignStatus Status, bool Final, DateTime? PublishedAt);

public sealed record PublicSeries(Guid Id, string Reference, string Title, string Organisation, IReadOnlyList<SeriesOutput> Outputs);

/// <summary>Where a campaign sits in its series, as the campaign page and the organizer see it.</summary>
public sealed record SeriesPlacement(Guid SeriesId, string Reference, string Title, int OutputNumber, bool Final, IReadOnlyList<SeriesOutput> Outputs);

public sealed record PersonAction(string CaseSlug, string Name, string? NativeName, ActionStatus Status, DateOnly? ChangedOn, string? Reason);

public sealed record UrgentActionPanel(string CampaignSlug, SeriesPlacement? Series, IReadOnlyList<PersonAction> People);
