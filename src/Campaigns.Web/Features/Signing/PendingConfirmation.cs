using Campaigns.Web.Data.GroupCommit;

namespace Campaigns.Web.Features.Signing;

/// <summary>A click on a confirmation link, waiting for its batch.</summary>
public sealed class PendingConfirmation(Guid signatureId, DateTime at) : PendingWrite<ConfirmSignature.Result>
{
    public Guid SignatureId => signatureId;
    public DateTime At => at;
}
