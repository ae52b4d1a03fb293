using System.Text.Json.Serialization;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Deliveries;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.MySignatures;

/// <summary>A letter's way to one official: <see cref="Status"/> null while it waits for the next digest or release.</summary>
public sealed record LetterDeliveryRecord(string Target, DeliveryStatus? Status, DateTime? SentAt);

public sealed record SignatureRecord(
    Guid Id, string Campaign, string CampaignSlug, bool IsLetter, string Name, NameDisplay NameDisplay, string Email,
    string Country, string? City, string? Comment, string? PersonalText, string? OrganisationName, string? OrganisationDomain,
    string? SignerRole, bool EmailUpdates, DateTime SignedAt, DateTime? ConfirmedAt, string? Culture, bool IpHashKept,
    IReadOnlyList<LetterDeliveryRecord> Deliveries);

public sealed record FollowRecord(Guid Id, string Case, string CaseSlug, string Email, DateTime AskedAt, DateTime? ConfirmedAt, DateTime? UnsubscribedAt);

public sealed record MailboxRecords(string Email, IReadOnlyList<SignatureRecord> Signatures, IReadOnlyList<FollowRecord> Follows)
{
    [JsonIgnore]
    public bool IsEmpty => Signatures.Count == 0 && Follows.Count == 0;
}

/// <summary>Everything held about one mailbox, read for its owner only.</summary>
public class MailboxQuery(CampaignsDbContext db)
{
    public async Task<MailboxRecords> ForAsync(string emailNormalized, CancellationToken ct)
    {
        var signatures = await db.Signatures.AsNoTracking()
            .Where(s => s.EmailNormalized == emailNormalized)
            .OrderByDescending(s => s.CreatedAt)
            .Select(s => new
            {
                s.Id, Campaign = s.Campaign!.Title, s.Campaign.Slug, s.Campaign.Kind, s.Name, s.NameDisplay, s.Email, s.Country, s.City,
                s.Comment, s.PersonalText, s.OrganisationName, s.OrganisationDomain, s.SignerRole, s.EmailUpdates, s.CreatedAt,
                s.ConfirmedAt, s.Culture, IpHashKept = s.IpHash != null,
            })
            .ToListAsync(ct);
        var ids = signatures.Select(s => s.Id).ToList();
        var deliveries = await DeliveriesAsync(ids, ct);
        var follows = await (from f in db.Followers.AsNoTracking()
                             join c in db.Cases on f.CaseId equals c.Id
                             where f.EmailNormalized == emailNormalized
                             orderby f.CreatedAt descending
                             select new FollowRecord(f.Id, c.Name, c.Slug, f.Email, f.CreatedAt, f.ConfirmedAt, f.UnsubscribedAt)).ToListAsync(ct);
        return new MailboxRecords(
            signatures.Select(s => s.Email).Concat(follows.Select(f => f.Email)).FirstOrDefault() ?? emailNormalized,
            signatures.Select(s => new SignatureRecord(
                s.Id, s.Campaign, s.Slug, DeliveryPolicy.IsLetter(s.Kind), s.Name, s.NameDisplay, s.Email, s.Country, s.City, s.Comment,
                s.PersonalText, s.OrganisationName, s.OrganisationDomain, s.SignerRole, s.EmailUpdates, s.CreatedAt, s.ConfirmedAt,
                s.Culture, s.IpHashKept, deliveries[s.Id].ToList())).ToList(),
            follows);
    }

    private async Task<ILookup<Guid, LetterDeliveryRecord>> DeliveriesAsync(List<Guid> signatureIds, CancellationToken ct)
    {
        var individual = await db.Deliveries.AsNoTracking()
            .Where(d => d.SignatureId != null && signatureIds.Contains(d.SignatureId.Value))
            .Select(d => new { SignatureId = d.SignatureId!.Value, Record = new LetterDeliveryRecord(d.Target!.Name, d.Status, d.SentAt) })
            .ToListAsync(ct);
        var carried = await (from i in db.DeliveryItems.AsNoTracking()
                             join t in db.Targets on i.TargetId equals t.Id
                             from d in db.Deliveries.Where(d => d.Id == i.DeliveryId).DefaultIfEmpty()
                             where signatureIds.Contains(i.SignatureId)
                             select new
                             {
                                 i.SignatureId,
                                 Record = new LetterDeliveryRecord(t.Name, d != null ? (DeliveryStatus?)d.Status : null, d != null ? d.SentAt : null),
                             }).ToListAsync(ct);
        return individual.Concat(carried).ToLookup(r => r.SignatureId, r => r.Record);
    }
}
