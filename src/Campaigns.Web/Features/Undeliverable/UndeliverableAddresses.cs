using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Signing;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Undeliverable;

/// <summary>The supporters' and followers' mailboxes that refused our mail for good.</summary>
public class UndeliverableAddresses(CampaignsDbContext db, TimeProvider clock)
{
    public Task<bool> IsMarkedAsync(string address, CancellationToken ct)
    {
        var normalized = EmailNormalizer.Normalize(address);
        return db.UndeliverableAddresses.AnyAsync(a => a.EmailNormalized == normalized, ct);
    }

    public async Task MarkAsync(string address, string reason, CancellationToken ct)
    {
        var normalized = EmailNormalizer.Normalize(address);
        if (await db.UndeliverableAddresses.AnyAsync(a => a.EmailNormalized == normalized, ct))
        {
            return;
        }
        db.UndeliverableAddresses.Add(new UndeliverableAddress
        {
            EmailNormalized = normalized,
            Reason = reason.Length > 500 ? reason[..500] : reason,
            MarkedAt = clock.GetUtcNow().UtcDateTime,
        });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException ex) when (ex.IsUniqueViolation())
        {
            // Another message to the same mailbox was refused at the same moment: it is marked either way.
        }
    }

    public Task<int> CountAsync(CancellationToken ct) => db.UndeliverableAddresses.CountAsync(ct);

    public async Task<IReadOnlyList<UndeliverableAddress>> LatestAsync(int take, CancellationToken ct) =>
        await db.UndeliverableAddresses.AsNoTracking().OrderByDescending(a => a.MarkedAt).Take(take).ToListAsync(ct);

    /// <summary>Lets mail go to the address again, e.g. after the person says their mailbox works now.</summary>
    public Task<int> ClearAsync(string normalized, CancellationToken ct) =>
        db.UndeliverableAddresses.Where(a => a.EmailNormalized == normalized).ExecuteDeleteAsync(ct);
}
