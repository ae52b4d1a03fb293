using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Email;
using Campaigns.Web.Features.MySignatures;
using Campaigns.Web.Features.Undeliverable;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Outbox;
using Campaigns.Web.Resources;
using Campaigns.Web.Infrastructure.Localization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Signing;

public abstract class SignatureEmailHandler(
    CampaignsDbContext db, SupporterEmailSender sender, MySignaturesLinks links, CurrentOutboxBatch current) : IOutboxHandler
{
    public abstract string Kind { get; }

    public async Task<string?> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var batch = current.Of(message);
        var signers = await batch.ReadOnceAsync(Kind, () => ReadSignersAsync(batch.OfKind(Kind), cancellationToken));
        if (!signers.TryGetValue(SignatureOf(message), out var signer))
        {
            return null;
        }
        EmailMessage email;
        using (SupportedCultures.Use(signer.Culture))
        {
            email = links.AddTo(Compose(signer));
        }
        return await sender.SendAsync(email with { DeliveryKey = message.DeliveryKey }, signer.RefusedEarlier, cancellationToken);
    }

    protected abstract EmailMessage Compose(Signer signer);

    private static Guid SignatureOf(OutboxMessage message) => message.ReadPayload<SignatureEmails.Payload>().SignatureId;

    private async Task<Dictionary<Guid, Signer>> ReadSignersAsync(IEnumerable<OutboxMessage> messages, CancellationToken ct)
    {
        var ids = messages.Select(SignatureOf).Distinct().ToArray();
        return await db.Signatures.AsNoTracking()
            .Where(s => ids.Contains(s.Id))
            .Select(s => new Signer(s.Id, s.Name, s.Email, s.Campaign!.Title, s.Campaign.Slug, s.Culture,
                db.UndeliverableAddresses.Any(u => u.EmailNormalized == s.EmailNormalized)))
            .ToDictionaryAsync(s => s.SignatureId, ct);
    }

    /// <summary>Only what the message needs: a campaign's full text can be long.</summary>
    protected sealed record Signer(
        Guid SignatureId, string Name, string Email, string CampaignTitle, string CampaignSlug, string? Culture, bool RefusedEarlier);
}

public class ConfirmationEmailHandler(
    CampaignsDbContext db, SupporterEmailSender sender, MySignaturesLinks links, SignatureTokens tokens,
    IOptions<CampaignsOptions> options, IStringLocalizer<SharedResource> l, CurrentOutboxBatch current) : SignatureEmailHandler(db, sender, links, current)
{
    public override string Kind => SignatureEmails.Confirmation;

    protected override EmailMessage Compose(Signer signer) => EmailComposer.Compose(
        signer.Email, signer.Name,
        l["Please confirm your signature: {0}", signer.CampaignTitle],
        [
            l["Hello {0},", signer.Name],
            l["Thank you for signing \"{0}\". Your signature counts once you confirm it: open the link below and press the button on that page.", signer.CampaignTitle],
            l["If you did not sign, ignore this email and nothing will happen. Your email address is never shown publicly."],
        ],
        new EmailComposer.Action(l["Confirm my signature"], options.Value.Link($"/confirm/{tokens.Issue(signer.SignatureId)}")));
}

public class AlreadySignedEmailHandler(
    CampaignsDbContext db, SupporterEmailSender sender, MySignaturesLinks links,
    IOptions<CampaignsOptions> options, IStringLocalizer<SharedResource> l, CurrentOutboxBatch current) : SignatureEmailHandler(db, sender, links, current)
{
    public override string Kind => SignatureEmails.AlreadySigned;

    protected override EmailMessage Compose(Signer signer) => EmailComposer.Compose(
        signer.Email, signer.Name,
        l["You have already signed: {0}", signer.CampaignTitle],
        [
            l["Hello {0},", signer.Name],
            l["Someone, perhaps you, tried to sign \"{0}\" again with this email address. Your signature was already counted, so nothing has changed.", signer.CampaignTitle],
            l["Thank you for your support. Sharing the campaign helps more than signing twice."],
        ],
        new EmailComposer.Action(l["See the campaign"], options.Value.Link($"/campaigns/{signer.CampaignSlug}")));
}
