using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Email;
using Campaigns.Web.Features.Undeliverable;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Infrastructure.Localization;
using Campaigns.Web.Outbox;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Solidarity;

/// <summary>Asks the writer, in the language they wrote in, to confirm the message; it quotes the message so they know what they confirm.</summary>
public class MessageConfirmationEmailHandler(
    CampaignsDbContext db, SupporterEmailSender sender, MessageTokens tokens, IOptions<CampaignsOptions> options,
    IStringLocalizer<SharedResource> l) : IOutboxHandler
{
    public string Kind => SolidarityEmails.Confirmation;

    public async Task<string?> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var id = message.ReadPayload<SolidarityEmails.Payload>().MessageId;
        var writer = await (from m in db.SolidarityMessages.AsNoTracking()
                            join c in db.Cases on m.CaseId equals c.Id
                            where m.Id == id && m.ConfirmedAt == null && m.Email != null
                            select new { m.Email, m.Culture, m.Text, c.Name }).SingleOrDefaultAsync(cancellationToken);
        if (writer is null)
        {
            return null;
        }
        using var language = SupportedCultures.Use(writer.Culture);
        var email = EmailComposer.Compose(writer.Email!, "",
            l["Please confirm your message to {0}", writer.Name],
            [
                l["Someone, probably you, wrote this message for {0} with this email address:", writer.Name].Value,
                writer.Text,
                l["To send it to the organizers of the case, open the link below and press the button on that page. They read every message before it is shown or printed."],
                l["If you did not write it, ignore this email: the message will not be used."],
            ],
            new EmailComposer.Action(l["Confirm my message"], options.Value.Link($"/messages/confirm/{tokens.Issue(id)}")));
        return await sender.SendAsync(email with { DeliveryKey = message.DeliveryKey }, cancellationToken);
    }
}
