using Campaigns.Web.Domain;

namespace Campaigns.Web.Features.Deliveries;

/// <summary>How a campaign's letters reach one target, given the target's policy and the kind of campaign.</summary>
public static class DeliveryPolicy
{
    /// <summary>Only an appeal letter is one supporter's own letter; every other kind sends its list of signatories.</summary>
    public static DeliveryMode EffectiveMode(CampaignKind kind, DeliveryMode targetMode) =>
        targetMode == DeliveryMode.Individual && kind != CampaignKind.AppealLetter ? DeliveryMode.Digest : targetMode;

    public static bool IsLetter(CampaignKind kind) => kind != CampaignKind.Petition;

    /// <summary>The threshold of a digest target that set none and does not send daily.</summary>
    public const int DefaultDigestThreshold = 100;

    public static int? DigestThreshold(Target target) =>
        target.DigestThreshold ?? (target.DigestDaily ? null : DefaultDigestThreshold);

    /// <summary>Daily digests go out at the target's opening time, or at nine in the morning of its time zone.</summary>
    public static TimeOnly DailyDigestTime(Target target) => target.OfficeHoursStart ?? new TimeOnly(9, 0);
}
