namespace Campaigns.Web.Data.GroupCommit;

/// <summary>One request's share of a group commit, answered once the batch holding it has committed.</summary>
public abstract class PendingWrite
{
    /// <summary>True when this write took effect; false when the database already held it (a repeat).</summary>
    public TaskCompletionSource<bool> Done { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
}
