using System.ComponentModel.DataAnnotations;
using Campaigns.Web.Data.GroupCommit;

namespace Campaigns.Web.Features.Signing;

/// <summary>How signatures and confirmations are gathered into shared transactions on PostgreSQL (group commit).</summary>
public class SigningOptions
{
    public const string Section = "Signing";

    /// <summary>Batches written at once: while one waits for its commit to reach the disk, the next one gathers.</summary>
    [Range(1, 16)] public int Writers { get; set; } = 2;

    /// <summary>At most this many signatures, or confirmations, share one transaction.</summary>
    [Range(1, 5_000)] public int MaxBatchSize { get; set; } = 256;

    /// <summary>Tries of a batch whose connection failed (terminated, failover, restart) before its signers get the error.</summary>
    [Range(1, 10)] public int Attempts { get; set; } = 4;

    public GroupCommitOptions ToGroupCommit() => new(Writers, MaxBatchSize, Attempts);
}
