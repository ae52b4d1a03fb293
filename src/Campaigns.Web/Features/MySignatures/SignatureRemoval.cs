using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.MySignatures;

/// <summary>
/// Takes a signature or letter away for good. The row is deleted, so exports, listings, digests and the nightly
/// reconciliation all agree; a counted one leaves a -1 delta in the caller's transaction. What was already delivered
/// stays in the ledger as delivered, without a link to the person.
/// </summary>
public static class SignatureRemoval
{
    public const string WithdrawnReason = "The supporter withdrew this letter.";

    public sealed record Removable(Guid Id, Guid CampaignId, bool Counted, bool Organisation, DateTime? ConfirmedAt);

    public static IQueryable<Removable> Of(IQueryable<Signature> signatures) =>
        signatures.Select(s => new Removable(s.Id, s.CampaignId, s.ConfirmedAt != null && s.InvalidationId == null, s.Kind == SignerKind.Organisation, s.ConfirmedAt));

    public static async Task RemoveAsync(CampaignsDbContext db, Removable signature, DateTime now, CancellationToken ct)
    {
        var id = signature.Id;
        if (signature.Counted)
        {
            db.CountDeltas.Add(new CountDelta { CampaignId = signature.CampaignId, Delta = -1, Organisation = signature.Organisation });
        }
        if (signature.ConfirmedAt is { } confirmedAt)
        {
            db.WithdrawnRecords.Add(Fingerprints.WithdrawnRecords.Of(signature.CampaignId, signature.Id, confirmedAt, now));
        }
        var unsentDigests = db.Deliveries.Where(d => d.Status != DeliveryStatus.Sent && db.DeliveryItems.Any(i => i.DeliveryId == d.Id && i.SignatureId == id));
        await unsentDigests.ExecuteUpdateAsync(s => s.SetProperty(d => d.SignatureCount, d => d.SignatureCount - 1).SetProperty(d => d.UpdatedAt, now), ct);
        await db.DeliveryItems
            .Where(i => i.SignatureId == id && (i.DeliveryId == null || db.Deliveries.Any(d => d.Id == i.DeliveryId && d.Status != DeliveryStatus.Sent)))
            .ExecuteDeleteAsync(ct);
        await db.Deliveries.Where(d => d.SignatureId == id && d.Status != DeliveryStatus.Sent && d.Status != DeliveryStatus.Cancelled)
            .ExecuteUpdateAsync(s => s
                .SetProperty(d => d.Status, DeliveryStatus.Cancelled)
                .SetProperty(d => d.HeldReason, WithdrawnReason)
                .SetProperty(d => d.CancelledAt, now)
                .SetProperty(d => d.UpdatedAt, now), ct);
        await db.Deliveries.Where(d => d.SignatureId == id).ExecuteUpdateAsync(s => s.SetProperty(d => d.SignatureId, (Guid?)null), ct);
        await UnsentMail.DeleteMentioningAsync(db, id, ct);
        await db.Signatures.Where(s => s.Id == id).ExecuteDeleteAsync(ct);
    }
}
