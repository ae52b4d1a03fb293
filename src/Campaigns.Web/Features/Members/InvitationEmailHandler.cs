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

namespace Campaigns.Web.Features.Members;

/// <summary>Sends an invitation still waiting to be accepted; one cancelled meanwhile is not sent.</summary>
public class InvitationEmailHandler(
    CampaignsDbContext db, IEmailSender sender, InvitationEmails emails, IOptions<CampaignsOptions> options, IStringLocalizer<SharedResource> l)
    : IOutboxHandler
{
    public string Kind => InvitationEmails.Kind;

    public async Task<string?> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var payload = message.ReadPayload<InvitationEmails.Payload>();
        var invitation = await db.OrganisationInvitations.AsNoTracking()
            .Where(i => i.Id == payload.InvitationId)
            .Select(i => new { i.Email, i.Role, i.ExpiresAt, Organisation = i.Organisation!.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (invitation is null)
        {
            return null;
        }
        using var language = SupportedCultures.Use(payload.Culture);
        var link = options.Value.Link($"/invitations/{emails.Code(payload.InvitationId)}");
        var email = EmailComposer.Compose(
            invitation.Email, "",
            l["You are invited to join {0} on {1}", invitation.Organisation, options.Value.SiteName],
            [
                l["You are invited to join {0} as {1}.", invitation.Organisation, MemberLabels.Role(l, invitation.Role)],
                l["Open the link to accept. If you have no account yet, you can create one with this email address there."],
                l["The invitation can be accepted until {0:yyyy-MM-dd HH:mm} UTC. If you did not expect it, ignore this email.", invitation.ExpiresAt],
            ],
            new EmailComposer.Action(l["See the invitation"], link));
        return await sender.SendAsync(email with { DeliveryKey = message.DeliveryKey }, cancellationToken);
    }
}
