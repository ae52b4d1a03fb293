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

public abstract class SignatureEmailHandler(CampaignsDbContext db, SupporterEmailSender sender, MySignaturesLinks links) : IOutboxHandler
{
    public abstract string Kind { get; }

    public async Task<string?> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var id = message.ReadPayload<SignatureEmails.Payload>().SignatureId;
        var signer = await db.Signatures.AsNoTracking()
            .Where(s => s.Id == id)
            .Select(s => new Signer(s.Id, s.Name, s.Email, s.Campaign!.Title, s.Campaign.Slug, s.Culture))
            .SingleOrDefaultAsync(cancellationToken);
        if (signer is null)
        {
            return null;
        }
        EmailMessage email;
        using (SupportedCultures.Use(signer.Culture))
        {
            email = links.AddTo(Compose(signer));
        }
        return await sender.SendAsync(email with { DeliveryKey = message.DeliveryKey }, cancellationToken);
    }

    protected abstract EmailMessage Compose(Signer signer);

    /// <summary>Only what the message needs: a campaign's full text can be long.</summary>
    protected sealed record Signer(Guid SignatureId, string Name, string Email, string CampaignTitle, string CampaignSlug, string? Culture);
}

public class ConfirmationEmailHandler(
    CampaignsDbContext db, SupporterEmailSender sender, MySignaturesLinks links, SignatureTokens tokens,
    IOptions<CampaignsOptions> options, IStringLocalizer<SharedResource> l) : SignatureEmailHandler(db, sender, links)
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
    IOptions<CampaignsOptions> options, IStringLocalizer<SharedResource> l) : SignatureEmailHandler(db, sender, links)
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
