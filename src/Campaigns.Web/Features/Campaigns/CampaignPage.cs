using Campaigns.Web.Features.Signing;

namespace Campaigns.Web.Features.Campaigns;

public sealed record CampaignPage(CampaignDetail Campaign, string BodyHtml, IReadOnlyList<RecentSigner> Signers, bool IsOpen, SignForm Form, DateTime Now)
{
    /// <summary>Whole days left before the deadline, counting a part of a day as one; null without a deadline or once closed.</summary>
    public int? DaysLeft => IsOpen && Campaign.Deadline is { } deadline ? (int)Math.Ceiling((deadline - Now).TotalDays) : null;

    /// <summary>When signing ended: the organizer's closing, or the deadline once it has passed.</summary>
    public DateTime? ClosedOn => IsOpen ? null : Campaign.ClosedAt ?? (Campaign.Deadline <= Now ? Campaign.Deadline : null);
}
