using Campaigns.Web.Domain;
using Campaigns.Web.Email;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Outbox;
using Campaigns.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Accounts;

/// <summary>
/// Like the confirmation email, the reset token is made at send time: the queue never holds a secret
/// that would let whoever reads it take over the account.
/// </summary>
public class PasswordResetEmailHandler(
    UserManager<User> users, IEmailSender sender,
    IOptions<CampaignsOptions> options, IStringLocalizer<SharedResource> l) : IOutboxHandler
{
    public string Kind => AccountEmails.PasswordReset;

    public async Task<string?> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var user = await users.FindByIdAsync(message.ReadPayload<AccountEmails.Payload>().UserId);
        if (user is not { EmailConfirmed: true })
        {
            return null;
        }
        var code = EmailLinkCode.Encode(await users.GeneratePasswordResetTokenAsync(user));
        var link = options.Value.Link($"/account/reset?userId={Uri.EscapeDataString(user.Id)}&code={code}");
        return await sender.SendAsync(EmailComposer.Compose(
            user.Email!, user.DisplayName,
            l["Choose a new password for {0}", options.Value.SiteName],
            [
                l["Hello {0},", user.DisplayName],
                l["Someone, perhaps you, asked to reset the password of your account on {0}. Open the link below to choose a new one.", options.Value.SiteName],
                l["The link works once, for 24 hours. If you did not ask for it, ignore this email: your password stays as it is."],
            ],
            new EmailComposer.Action(l["Choose a new password"], link)), cancellationToken);
    }
}
