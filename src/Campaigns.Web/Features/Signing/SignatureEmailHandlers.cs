using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Email;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Outbox;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Signing;

public abstract class SignatureEmailHandler(CampaignsDbContext db, IEmailSender sender) : IOutboxHandler
{
    public abstract string Kind { get; }

    public async Task<string?> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var id = message.ReadPayload<SignatureEmails.Payload>().SignatureId;
        var signature = await db.Signatures.AsNoTracking().Include(s => s.Campaign)
            .SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        return signature is null ? null : await sender.SendAsync(Compose(signature, signature.Campaign!), cancellationToken);
    }

    protected abstract EmailMessage Compose(Signature signature, Campaign campaign);
}

public class ConfirmationEmailHandler(
    CampaignsDbContext db, IEmailSender sender, SignatureTokens tokens,
    IOptions<CampaignsOptions> options, IStringLocalizer<SharedResource> l) : SignatureEmailHandler(db, sender)
{
    public override string Kind => SignatureEmails.Confirmation;

    protected override EmailMessage Compose(Signature signature, Campaign campaign) => EmailComposer.Compose(
        signature.Email, signature.Name,
        l["Please confirm your signature: {0}", campaign.Title],
        [
            l["Hello {0},", signature.Name],
            l["Thank you for signing \"{0}\". Your signature counts once you confirm it: open the link below and press the button on that page.", campaign.Title],
            l["If you did not sign, ignore this email and nothing will happen. Your email address is never shown publicly."],
        ],
        new EmailComposer.Action(l["Confirm my signature"], options.Value.Link($"/confirm/{tokens.Issue(signature.Id)}")));
}

public class AlreadySignedEmailHandler(
    CampaignsDbContext db, IEmailSender sender,
    IOptions<CampaignsOptions> options, IStringLocalizer<SharedResource> l) : SignatureEmailHandler(db, sender)
{
    public override string Kind => SignatureEmails.AlreadySigned;

    protected override EmailMessage Compose(Signature signature, Campaign campaign) => EmailComposer.Compose(
        signature.Email, signature.Name,
        l["You have already signed: {0}", campaign.Title],
        [
            l["Hello {0},", signature.Name],
            l["Someone, perhaps you, tried to sign \"{0}\" again with this email address. Your signature was already counted, so nothing has changed.", campaign.Title],
            l["Thank you for your support. Sharing the campaign helps more than signing twice."],
        ],
        new EmailComposer.Action(l["See the campaign"], options.Value.Link($"/campaigns/{campaign.Slug}")));
}
