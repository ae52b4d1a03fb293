using Campaigns.Web.Domain;
using Campaigns.Web.Email;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Accounts;

public class PasswordResetEmailHandler(
    UserManager<User> users, IEmailSender sender,
    IOptions<CampaignsOptions> options, IStringLocalizer<SharedResource> l) : AccountEmailHandler(users, sender)
{
    public override string Kind => AccountEmails.PasswordReset;

    protected override bool StillWanted(User user) => user.EmailConfirmed;

    protected override async Task<EmailMessage> ComposeAsync(User user)
    {
        var code = EmailLinkCode.Encode(await Users.GeneratePasswordResetTokenAsync(user));
        var link = options.Value.Link($"/account/reset?userId={Uri.EscapeDataString(user.Id)}&code={code}");
        return EmailComposer.Compose(
            user.Email!, user.DisplayName,
            l["Choose a new password for {0}", options.Value.SiteName],
            [
                l["Hello {0},", user.DisplayName],
                l["Someone, perhaps you, asked to reset the password of your account on {0}. Open the link below to choose a new one.", options.Value.SiteName],
                l["The link works once, for 24 hours. If you did not ask for it, ignore this email: your password stays as it is."],
            ],
            new EmailComposer.Action(l["Choose a new password"], link));
    }
}
