using Campaigns.Fingerprints;
using Campaigns.Web.Domain;

namespace Campaigns.Web.Features.Fingerprints;

public static class WithdrawnRecords
{
    public static WithdrawnRecord Of(Guid campaignId, Guid signatureId, DateTime confirmedAt, DateTime now) => new()
    {
        CampaignId = campaignId,
        ConfirmedOn = FingerprintChain.DayOf(confirmedAt),
        Leaf = FingerprintChain.Hex(FingerprintChain.Leaf(signatureId, confirmedAt)),
        WithdrawnAt = now,
    };
}
