using Campaigns.Web.Data;
using Campaigns.Web.Data.GroupCommit;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Signing;

/// <summary>
/// Concurrent confirmations share one transaction on PostgreSQL. Repeating a batch is safe: a signature is
/// confirmed only while unconfirmed, so a batch whose commit was lost with its connection confirms nothing twice.
/// </summary>
public sealed class ConfirmationWriter(IServiceScopeFactory scopes, IOptions<SigningOptions> options, ILogger<ConfirmationWriter> logger)
    : GroupCommitWriter<PendingConfirmation, ConfirmSignature.Result>(scopes, options.Value.ToGroupCommit(), logger)
{
    public Task<ConfirmSignature.Result> ConfirmAsync(PendingConfirmation pending) => EnqueueAsync(pending);

    protected override Task<IReadOnlyList<ConfirmSignature.Result>> WriteBatchAsync(CampaignsDbContext db, IReadOnlyList<PendingConfirmation> batch) =>
        ConfirmationBatch.ConfirmAsync(db, batch, CancellationToken.None);
}
