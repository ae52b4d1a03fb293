using Campaigns.Web.Data;
using Campaigns.Web.Features.Retention;
using Campaigns.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Solidarity;

/// <summary>
/// Forgets message writers as signers are forgotten: messages never confirmed and address hashes after the same days
/// as signatures, and a writer's email once the organizers' decision (or, lacking one, the confirmation) is as old as
/// signer data is kept. The message and the name as the writer agreed to show it stay, so the page and bundle read the same.
/// </summary>
public class SolidarityMessagePurger(
    CampaignsDbContext db, TimeProvider clock, IOptions<CampaignsOptions> signing, IOptions<RetentionOptions> retention)
{
    public async Task<int> PurgeAsync(CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var unconfirmedCutoff = now.AddDays(-signing.Value.UnconfirmedRetentionDays);
        var ipCutoff = now.AddDays(-signing.Value.IpHashRetentionDays);
        var emailCutoff = now.AddMonths(-retention.Value.SignerDataMonths);
        var unconfirmed = await db.SolidarityMessages.Where(m => m.ConfirmedAt == null && m.CreatedAt < unconfirmedCutoff).ExecuteDeleteAsync(ct);
        await db.SolidarityMessages.Where(m => m.IpHash != null && m.CreatedAt < ipCutoff)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.IpHash, (string?)null), ct);
        var erased = await db.SolidarityMessages.Where(m => m.Email != null && (m.ReviewedAt ?? m.ConfirmedAt) < emailCutoff)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.Email, (string?)null), ct);
        return unconfirmed + erased;
    }
}
