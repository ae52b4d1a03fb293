using Campaigns.Web.Domain;

namespace Campaigns.Web.Features.Signing;

/// <summary>A signature waiting for its batch, with the confirmation email that is stored with it.</summary>
public sealed class PendingSignature(Signature signature, OutboxMessage email)
{
    public Signature Signature => signature;
    public OutboxMessage Email => email;

    /// <summary>True once stored; false when the same person had already signed the campaign.</summary>
    public TaskCompletionSource<bool> Stored { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
