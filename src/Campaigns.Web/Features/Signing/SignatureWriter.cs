using Campaigns.Web.Data;
using Campaigns.Web.Data.GroupCommit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Campaigns.Web.Features.Signing;

/// <summary>
/// Concurrent signatures share one transaction on PostgreSQL. Repeating a batch is safe: ids are made by the
/// app and a person's repeat on a campaign is skipped by the unique index.
/// </summary>
public sealed class SignatureWriter(IServiceScopeFactory scopes, IOptions<SigningOptions> options, ILogger<SignatureWriter> logger)
    : GroupCommitWriter<PendingSignature, bool>(scopes, options.Value.ToGroupCommit(), logger)
{
    /// <summary>True once stored with its email; false when the person had already signed.</summary>
    public Task<bool> StoreAsync(PendingSignature pending) => EnqueueAsync(pending);

    protected override async Task<IReadOnlyList<bool>> WriteBatchAsync(CampaignsDbContext db, IReadOnlyList<PendingSignature> batch)
    {
        var stored = await SignatureBatch.StoreAsync((NpgsqlConnection)db.Database.GetDbConnection(), batch, CancellationToken.None);
        return batch.Select(p => stored.Contains(p.Signature.Id)).ToList();
    }
}
