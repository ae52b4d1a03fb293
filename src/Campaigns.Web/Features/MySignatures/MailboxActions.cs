using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.MySignatures;

/// <summary>What the owner of a mailbox can change, each only on rows of that mailbox; false when there is no such row.</summary>
public class MailboxActions(CampaignsDbContext db, TimeProvider clock)
{
    public async Task<bool> WithdrawAsync(string emailNormalized, Guid signatureId, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var signature = await SignatureRemoval.Of(db.Signatures.Where(s => s.Id == signatureId && s.EmailNormalized == emailNormalized))
            .SingleOrDefaultAsync(ct);
        if (signature is null)
        {
            return false;
        }
        await SignatureRemoval.RemoveAsync(db, signature, clock.GetUtcNow().UtcDateTime, ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    public async Task<bool> ShowNameAsync(string emailNormalized, Guid signatureId, NameDisplay display, CancellationToken ct) =>
        await db.Signatures.Where(s => s.Id == signatureId && s.EmailNormalized == emailNormalized)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.NameDisplay, display), ct) == 1;

    /// <summary>Signatures, letters, follows and the mail not yet sent to them: afterwards the mailbox's page is empty.</summary>
    public async Task EraseAsync(string emailNormalized, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        foreach (var signature in await SignatureRemoval.Of(db.Signatures.Where(s => s.EmailNormalized == emailNormalized)).ToListAsync(ct))
        {
            await SignatureRemoval.RemoveAsync(db, signature, now, ct);
        }
        foreach (var followerId in await db.Followers.Where(f => f.EmailNormalized == emailNormalized).Select(f => f.Id).ToListAsync(ct))
        {
            await UnsentMail.DeleteMentioningAsync(db, followerId, ct);
        }
        await db.Followers.Where(f => f.EmailNormalized == emailNormalized).ExecuteDeleteAsync(ct);
        var links = MailboxEmails.KeyPrefix(emailNormalized);
        await db.OutboxMessages.Where(m => m.ProcessedAt == null && m.DeliveryKey.StartsWith(links)).ExecuteDeleteAsync(ct);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
    }
}
