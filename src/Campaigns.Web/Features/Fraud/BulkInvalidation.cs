using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Fraud;

/// <summary>
/// Takes the signatures matching an admin's criteria out of every count and list, and puts them back on undo.
/// Each conditional update and the count deltas it implies commit together, so a signature confirmed meanwhile
/// is either taken out with its delta or left counting.
/// </summary>
public class BulkInvalidation(CampaignsDbContext db, TimeProvider clock)
{
    public async Task<SignatureInvalidation> InvalidateAsync(Guid campaignId, InvalidationRequest request, string admin, CancellationToken ct)
    {
        var invalidation = new SignatureInvalidation
        {
            CampaignId = campaignId,
            IpHash = Blank(request.IpHash),
            EmailDomain = Blank(request.EmailDomain)?.ToLowerInvariant(),
            Country = Blank(request.Country)?.ToUpperInvariant(),
            SignedFrom = AsUtc(request.From),
            SignedUntil = AsUtc(request.Until),
            Reason = request.Reason!.Trim(),
            InvalidatedBy = admin,
            InvalidatedAt = clock.GetUtcNow().UtcDateTime,
        };
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        db.SignatureInvalidations.Add(invalidation);
        await db.SaveChangesAsync(ct);
        var matching = Matching(invalidation);
        var id = (Guid?)invalidation.Id;
        var people = await matching.Where(s => s.ConfirmedAt != null && s.Kind == SignerKind.Individual)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.InvalidationId, id), ct);
        var organisations = await matching.Where(s => s.ConfirmedAt != null && s.Kind == SignerKind.Organisation)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.InvalidationId, id), ct);
        var pending = await matching.Where(s => s.ConfirmedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.InvalidationId, id), ct);
        invalidation.Counted = people + organisations;
        invalidation.Matched = people + organisations + pending;
        AddDeltas(campaignId, -people, -organisations);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return invalidation;
    }

    /// <summary>Restores the signatures; false when there is no such invalidation or it was already undone.</summary>
    public async Task<bool> UndoAsync(Guid invalidationId, string admin, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var now = clock.GetUtcNow().UtcDateTime;
        var undone = await db.SignatureInvalidations.Where(i => i.Id == invalidationId && i.UndoneAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(i => i.UndoneAt, now).SetProperty(i => i.UndoneBy, admin), ct);
        if (undone == 0)
        {
            return false;
        }
        var campaignId = await db.SignatureInvalidations.Where(i => i.Id == invalidationId).Select(i => i.CampaignId).SingleAsync(ct);
        var taken = db.Signatures.Where(s => s.InvalidationId == invalidationId);
        var people = await taken.Where(s => s.ConfirmedAt != null && s.Kind == SignerKind.Individual)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.InvalidationId, (Guid?)null), ct);
        var organisations = await taken.Where(s => s.ConfirmedAt != null && s.Kind == SignerKind.Organisation)
            .ExecuteUpdateAsync(s => s.SetProperty(x => x.InvalidationId, (Guid?)null), ct);
        await taken.ExecuteUpdateAsync(s => s.SetProperty(x => x.InvalidationId, (Guid?)null), ct);
        AddDeltas(campaignId, people, organisations);
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return true;
    }

    private IQueryable<Signature> Matching(SignatureInvalidation criteria)
    {
        var matching = db.Signatures.Where(s => s.CampaignId == criteria.CampaignId && s.InvalidationId == null);
        if (criteria.IpHash is { } ipHash)
        {
            matching = matching.Where(s => s.IpHash == ipHash);
        }
        if (criteria.EmailDomain is { } domain)
        {
            var suffix = "@" + domain;
            matching = matching.Where(s => s.EmailNormalized.EndsWith(suffix));
        }
        if (criteria.Country is { } country)
        {
            matching = matching.Where(s => s.Country == country);
        }
        if (criteria.SignedFrom is { } from)
        {
            matching = matching.Where(s => s.CreatedAt >= from);
        }
        if (criteria.SignedUntil is { } until)
        {
            matching = matching.Where(s => s.CreatedAt < until);
        }
        return matching;
    }

    private void AddDeltas(Guid campaignId, int people, int organisations)
    {
        if (people != 0)
        {
            db.CountDeltas.Add(new CountDelta { CampaignId = campaignId, Delta = people });
        }
        if (organisations != 0)
        {
            db.CountDeltas.Add(new CountDelta { CampaignId = campaignId, Delta = organisations, Organisation = true });
        }
    }

    /// <summary>A time without a zone (a form's date and time) is read as UTC, as the admin page shows times.</summary>
    private static DateTime? AsUtc(DateTime? time) => time is not { } t ? null
        : t.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : t.ToUniversalTime();

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
