using Campaigns.Web.Data.GroupCommit;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Deliveries;

namespace Campaigns.Web.Features.Signing;

/// <summary>A confirmation waiting for its batch, with what planning the signature's deliveries needs.</summary>
public sealed class PendingConfirmation(
    Guid signatureId, Guid campaignId, CampaignKind kind, IReadOnlyList<DeliveryPlanner.PlannedTarget> targets, bool organisation, DateTime at)
    : PendingWrite
{
    public Guid SignatureId => signatureId;
    public Guid CampaignId => campaignId;
    public CampaignKind Kind => kind;
    public IReadOnlyList<DeliveryPlanner.PlannedTarget> Targets => targets;
    public bool Organisation => organisation;
    public DateTime At => at;
}
