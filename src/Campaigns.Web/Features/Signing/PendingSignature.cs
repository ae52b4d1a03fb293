using Campaigns.Web.Data.GroupCommit;
using Campaigns.Web.Domain;

namespace Campaigns.Web.Features.Signing;

/// <summary>A signature waiting for its batch, with the confirmation email that is stored with it.</summary>
public sealed class PendingSignature(Signature signature, OutboxMessage email) : PendingWrite<bool>
{
    public Signature Signature => signature;
    public OutboxMessage Email => email;
}
