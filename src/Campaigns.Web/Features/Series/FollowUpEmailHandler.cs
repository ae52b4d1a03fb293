using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Following;
using Campaigns.Web.Outbox;
using Campaigns.Web.Resources;
using Campaigns.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Series;

/// <summary>Sends a follow-up output to one supporter or follower, unless they have unsubscribed meanwhile.</summary>
public class FollowUpEmailHandler(CampaignsDbContext db, FollowerMail mail, IStringLocalizer<SharedResource> l) : IOutboxHandler
{
    public string Kind => FollowUpOutputs.Kind;

    public async Task<string?> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var payload = message.ReadPayload<FollowUpOutputs.Payload>();
        var recipient = await RecipientAsync(payload, cancellationToken);
        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == payload.CampaignId && c.Status != CampaignStatus.Draft)
            .Select(c => new { c.Slug, c.Title, c.Summary, c.Reference, c.OutputNumber, c.FinalOutput }).SingleOrDefaultAsync(cancellationToken);
        if (recipient is null || campaign is null)
        {
            return null;
        }
        using var language = SupportedCultures.Use(recipient.Value.Culture);
        var reference = campaign.Reference ?? campaign.Title;
        var (kind, id) = payload.SignatureId is { } signatureId ? (Subscription.Signer, signatureId) : (Subscription.Follower, payload.FollowerId!.Value);
        return await mail.SendAsync(message.DeliveryKey, kind, id, recipient.Value.Email, recipient.Value.Name,
            campaign.FinalOutput ? l["{0}, final update: {1}", reference, campaign.Title] : l["{0}, new action: {1}", reference, campaign.Title],
            [
                l["You acted on or followed {0} before, and asked to hear what happens next. Output {1} of the series has just been published.", reference, campaign.OutputNumber ?? 1].Value,
                campaign.Summary,
            ],
            l["Read the update"], $"/campaigns/{campaign.Slug}", cancellationToken);
    }

    private async Task<(string Email, string Name, string? Culture)?> RecipientAsync(FollowUpOutputs.Payload payload, CancellationToken ct)
    {
        if (payload.SignatureId is { } signatureId)
        {
            var signer = await db.Signatures.AsNoTracking().Where(s => s.Id == signatureId && s.EmailUpdates)
                .Select(s => new { s.Email, s.Name, s.Culture }).SingleOrDefaultAsync(ct);
            return signer is null ? null : (signer.Email, signer.Name, signer.Culture);
        }
        var follower = await mail.FindActiveAsync(payload.FollowerId!.Value, ct);
        return follower is null ? null : (follower.Email, "", follower.Culture);
    }
}
