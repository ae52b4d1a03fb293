using Campaigns.Web.Domain;

namespace Campaigns.Web.Features.Tracking;

public sealed record DayCount(DateOnly Day, int Count);

/// <summary>Confirmed signatures from one country; named in the reader's language when shown, since views are shared across languages.</summary>
public sealed record CountryCount(string Country, int Count);

public sealed record TargetDeliveries(string Name, string? Title, int Letters, int SignaturesCarried);

/// <summary>A milestone; one the figures counted before this site had passed is dated only when the source gives a date.</summary>
public sealed record PassedMilestone(int Threshold, DateTime ReachedAt, bool BeforeThisSite, bool Dated);

/// <summary>Whether action continues for one person in one campaign.</summary>
public sealed record ActionLine(string CampaignSlug, string CampaignTitle, string CaseSlug, string CaseName, ActionStatus Status, DateOnly? ChangedOn, string? Reason);

public sealed record UpdateItem(DateOnly Date, string Summary, string? SourceName, string? SourceUrl, DateOnly? SourceDate);

/// <summary>How far back the chart of signatures per day reaches.</summary>
public enum ChartRange { Days30, Days90, All }

public sealed record TrackingView(
    TrackedSubject Subject,
    Tally Tally,
    ChartRange Range,
    IReadOnlyList<DayCount> Days,
    IReadOnlyList<CountryCount> Countries,
    IReadOnlyList<TargetDeliveries> Deliveries,
    IReadOnlyList<PassedMilestone> Milestones,
    int? NextMilestone,
    IReadOnlyList<ActionLine> Actions,
    IReadOnlyList<UpdateItem> Updates);
