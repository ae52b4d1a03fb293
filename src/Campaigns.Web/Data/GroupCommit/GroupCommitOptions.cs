namespace Campaigns.Web.Data.GroupCommit;

/// <summary>How one kind of write is gathered into shared transactions.</summary>
/// <param name="Writers">Batches written at once: while one waits for its commit to reach the disk, the next one gathers.</param>
/// <param name="MaxBatchSize">At most this many writes share one transaction.</param>
/// <param name="Attempts">Tries of a batch whose connection failed before its requests get the error.</param>
public sealed record GroupCommitOptions(int Writers, int MaxBatchSize, int Attempts);
