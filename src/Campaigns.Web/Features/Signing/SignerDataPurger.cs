using Campaigns.Web.Data;
using Campaigns.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Signing;

/// <summary>Removes what signers are owed forgetting: unconfirmed signatures and address hashes past their retention.</summary>
public class SignerDataPurger(CampaignsDbContext db, TimeProvider clock, IOptions<CampaignsOptions> options)
{
    public async Task<(int Unconfirmed, int IpHashes)> PurgeAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var unconfirmedCutoff = now.AddDays(-options.Value.UnconfirmedRetentionDays);
        var ipCutoff = now.AddDays(-options.Value.IpHashRetentionDays);
        var unconfirmed = await db.Signatures
            .Where(s => s.ConfirmedAt == null && s.EmailVerifiedAt == null && s.CreatedAt < unconfirmedCutoff)
            .ExecuteDeleteAsync(ct);
        var hashes = await db.Signatures
            .Where(s => s.IpHash != null && s.CreatedAt < ipCutoff)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.IpHash, (string?)null), ct);
        return (unconfirmed, hashes);
    }
}
