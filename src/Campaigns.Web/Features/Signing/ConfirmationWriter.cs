using Campaigns.Web.Data;
using Campaigns.Web.Data.GroupCommit;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Signing;

/// <summary>
/// Concurrent confirmations share one transaction on PostgreSQL. Repeating a batch is safe: a signature is
/// confirmed only while unconfirmed, so a batch whose commit was lost with its connection confirms nothing twice.
/// </summary>
public sealed class ConfirmationWriter(IServiceScopeFactory scopes, IOptions<SigningOptions> options, ILogger<ConfirmationWriter> logger)
    : GroupCommitWriter<PendingConfirmation>(scopes, options.Value.ToGroupCommit(), logger)
{
    /// <summary>True when this confirmation confirmed the signature; false when it was confirmed already.</summary>
    public Task<bool> ConfirmAsync(PendingConfirmation pending) => EnqueueAsync(pending);

    protected override Task<IReadOnlyList<bool>> WriteBatchAsync(CampaignsDbContext db, IReadOnlyList<PendingConfirmation> batch) =>
        ConfirmationBatch.ConfirmAsync(db, batch);
}
