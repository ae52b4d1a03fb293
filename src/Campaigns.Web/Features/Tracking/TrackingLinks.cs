namespace Campaigns.Web.Features.Tracking;

/// <summary>The public addresses around a tracked campaign or person.</summary>
public static class TrackingLinks
{
    public static string Segment(SubjectKind kind) => kind == SubjectKind.Campaign ? "campaigns" : "cases";

    public static string Page(TrackedSubject s) => $"/{Segment(s.Kind)}/{s.Slug}";

    public static string Tracking(TrackedSubject s) => $"{Page(s)}/tracking";

    public static string Events(TrackedSubject s) => $"/api/{Segment(s.Kind)}/{s.Slug}/events";

    public static string Counts(TrackedSubject s) => $"/api/{Segment(s.Kind)}/{s.Slug}/counts";

    public static string Badge(TrackedSubject s) => $"{Page(s)}/badge.svg";

    public static string Embed(TrackedSubject s) => $"/embed/{Segment(s.Kind)}/{s.Slug}";
}
