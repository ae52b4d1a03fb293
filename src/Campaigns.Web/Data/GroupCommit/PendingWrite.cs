namespace Campaigns.Web.Data.GroupCommit;

/// <summary>One request's share of a group commit, answered once the batch holding it has committed.</summary>
public abstract class PendingWrite<TResult>
{
    /// <summary>What the write came to, set once its batch has committed.</summary>
    public TaskCompletionSource<TResult> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
