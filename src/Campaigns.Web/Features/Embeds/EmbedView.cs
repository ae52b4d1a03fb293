using Campaigns.Web.Features.Tracking;

namespace Campaigns.Web.Features.Embeds;

/// <summary>What the embeddable counter shows: the subject, its count and, for a campaign, the goal.</summary>
public sealed record EmbedView(TrackedSubject Subject, Tally Tally);
