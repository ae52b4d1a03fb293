using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Email;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Infrastructure.Localization;
using Campaigns.Web.Outbox;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.MySignatures;

/// <summary>Sends the link only to an address that signed or followed something: nobody else hears from us.</summary>
public class MailboxLinkEmailHandler(
    CampaignsDbContext db, IEmailSender sender, MailboxTokens tokens,
    IOptions<CampaignsOptions> options, IOptions<MySignaturesOptions> settings, IStringLocalizer<SharedResource> l) : IOutboxHandler
{
    public string Kind => MailboxEmails.Link;

    public async Task<string?> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var payload = message.ReadPayload<MailboxEmails.Payload>();
        var known = await db.Signatures.AnyAsync(s => s.EmailNormalized == payload.EmailNormalized, cancellationToken)
            || await db.Followers.AnyAsync(f => f.EmailNormalized == payload.EmailNormalized, cancellationToken);
        if (!known)
        {
            return null;
        }
        using var language = SupportedCultures.Use(payload.Culture);
        var email = EmailComposer.Compose(payload.Email, "",
            l["Your signatures and follows on this site"],
            [
                l["Someone, probably you, asked for a link to see what this email address signed, wrote and followed here."],
                l["On that page you can withdraw a signature or letter, choose how your name shows, download your data or erase it all. Opening the link changes nothing."],
                l.Plural(settings.Value.LinkLifetimeHours, "The link works for {0} hour.", "The link works for {0} hours.", settings.Value.LinkLifetimeHours),
                l["If you did not ask, ignore this email."],
            ],
            new EmailComposer.Action(l["See my signatures"], options.Value.Link($"/my-signatures/{tokens.Issue(payload.EmailNormalized)}")));
        return await sender.SendAsync(email with { DeliveryKey = message.DeliveryKey }, cancellationToken);
    }
}
