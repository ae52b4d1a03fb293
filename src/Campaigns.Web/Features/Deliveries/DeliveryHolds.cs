using Campaigns.Web.Domain;

namespace Campaigns.Web.Features.Deliveries;

/// <summary>What is known about one campaign-target pair that can stop its letters.</summary>
public sealed record HoldFacts(
    Guid CampaignId,
    Guid TargetId,
    CampaignStatus CampaignStatus,
    DateTime? Deadline,
    DateTime? TargetRetiredAt,
    DateTime? NoFurtherActionAt,
    string? NoFurtherActionReason,
    string? CaseWithNoFurtherAction,
    string? TargetEmail,
    string? TargetPostalAddress);

/// <summary>Why a delivery may not go out: held while the reason may pass, cancelled when it cannot.</summary>
public sealed record Hold(string Reason, bool Cancels);

/// <summary>The one rule, applied when planning, before dispatch and again at send time.</summary>
public static class DeliveryHolds
{
    public static Hold? For(HoldFacts? facts, DeliveryMode mode, DeliveryChannel channel, DateTime now)
    {
        if (facts is null)
        {
            return new Hold("The target is no longer addressed by this campaign.", Cancels: true);
        }
        if (facts.CampaignStatus == CampaignStatus.Closed)
        {
            return new Hold("The campaign was closed before this went out.", Cancels: true);
        }
        // A release is the letter handed over at the deadline; everything else is stale once it passes.
        if (facts.Deadline <= now && mode != DeliveryMode.OnRelease)
        {
            return new Hold("The campaign's deadline passed before this went out.", Cancels: true);
        }
        if (facts.TargetRetiredAt is not null)
        {
            return new Hold("The target was retired.", Cancels: false);
        }
        if (facts.NoFurtherActionAt is not null)
        {
            return new Hold(Join("The organizer marked no further action for this target.", facts.NoFurtherActionReason), Cancels: false);
        }
        if (facts.CaseWithNoFurtherAction is { } person)
        {
            return new Hold($"No further action is asked for {person}.", Cancels: false);
        }
        if (channel == DeliveryChannel.Email && string.IsNullOrWhiteSpace(facts.TargetEmail))
        {
            return new Hold("The target has no email address.", Cancels: false);
        }
        return null;
    }

    private static string Join(string sentence, string? reason) =>
        string.IsNullOrWhiteSpace(reason) ? sentence : $"{sentence} {reason.Trim()}";
}
