using Campaigns.Web.Features.Counting;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Resources;
using Campaigns.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Deliveries;

public sealed record ReceiptLine(string TargetName, string? TargetTitle, string State);

public sealed record ReceiptPage(string CampaignTitle, string CampaignSlug, string SupporterName, IReadOnlyList<string> Letter, IReadOnlyList<ReceiptLine> Targets);

/// <summary>A supporter's own letter and where it has got to, per target. Nothing about any other signer.</summary>
public class LetterReceipt(CampaignsDbContext db, LetterReceiptTokens tokens, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<ReceiptPage?> LoadAsync(string token, CancellationToken ct)
    {
        if (!tokens.TryRead(token, out var signatureId))
        {
            return null;
        }
        var signature = await db.Signatures.AsNoTracking().ThatCount().Where(s => s.Id == signatureId)
            .Select(s => new
            {
                Signer = new LetterSigner(s.Name, "", s.City, s.Country, s.PersonalText, s.Kind, s.OrganisationName, s.SignerRole),
                Campaign = new LetterCampaign(s.Campaign!.Title, s.Campaign.LetterSubject, s.Campaign.Body, s.Campaign.EditableText, s.Campaign.LetterDate, s.Campaign.ReplyToSupporter, s.Campaign.Language),
                s.CampaignId,
                s.Campaign.Slug,
            })
            .SingleOrDefaultAsync(ct);
        if (signature is null)
        {
            return null;
        }
        var targets = await db.CampaignTargets.AsNoTracking().Where(t => t.CampaignId == signature.CampaignId)
            .OrderBy(t => t.Position)
            .Select(t => new
            {
                t.TargetId,
                Letter = new LetterTarget(t.Target!.Name, t.Target.Title, t.Target.Salutation, null),
                Own = db.Deliveries.FirstOrDefault(d => d.SignatureId == signatureId && d.TargetId == t.TargetId),
                Batch = db.DeliveryItems.Where(i => i.SignatureId == signatureId && i.TargetId == t.TargetId)
                    .Select(i => new { i.Id, Delivery = db.Deliveries.FirstOrDefault(d => d.Id == i.DeliveryId) })
                    .FirstOrDefault(),
            })
            .ToListAsync(ct);
        var first = targets.Select(t => t.Letter).FirstOrDefault() ?? new LetterTarget("", null, null, null);
        var letter = LetterText.Paragraphs(signature.Campaign, first, signature.Signer, clock.GetUtcNow().UtcDateTime);
        var lines = targets.Select(t => new ReceiptLine(t.Letter.Name, t.Letter.Title,
            t.Own is not null ? State(t.Own, inBatch: false)
            : t.Batch?.Delivery is { } batch ? State(batch, inBatch: true)
            : t.Batch is not null ? l["Waiting to go out with other signatures"]
            : l["Not addressed by your letter"])).ToList();
        return new ReceiptPage(signature.Campaign.Title, signature.Slug, signature.Signer.Name, letter, lines);
    }

    private string State(Delivery d, bool inBatch) => d.Status switch
    {
        DeliveryStatus.Sent when d.PostedAt is not null => l["Posted on {0:d MMMM yyyy}", d.PostedAt],
        DeliveryStatus.Sent when inBatch => l.Plural(d.SignatureCount, "Delivered on {0:d MMMM yyyy} together with {1} signature", "Delivered on {0:d MMMM yyyy} together with {1} signatures", d.SentAt!, d.SignatureCount.ToString("N0")),
        DeliveryStatus.Sent => l["Delivered on {0:d MMMM yyyy}", d.SentAt!],
        DeliveryStatus.Held => l["Held: {0}", d.HeldReason ?? ""],
        DeliveryStatus.Cancelled => l["Not sent: {0}", d.HeldReason ?? ""],
        DeliveryStatus.Failed => l["Could not be delivered by email"],
        DeliveryStatus.Queued when d.Channel == DeliveryChannel.Post => l["Printed for posting; waiting to be posted"],
        DeliveryStatus.Queued => l["Queued"],
        _ => l["Being sent"],
    };
}
