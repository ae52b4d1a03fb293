using Campaigns.Web.Domain;
using Campaigns.Web.Email;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.Accounts;

public class AccountConfirmationEmailHandler(
    UserManager<User> users, IEmailSender sender,
    IOptions<CampaignsOptions> options, IStringLocalizer<SharedResource> l) : AccountEmailHandler(users, sender)
{
    public override string Kind => AccountEmails.Confirmation;

    protected override bool StillWanted(User user) => !user.EmailConfirmed;

    protected override async Task<EmailMessage> ComposeAsync(User user)
    {
        var code = EmailLinkCode.Encode(await Users.GenerateEmailConfirmationTokenAsync(user));
        var link = options.Value.Link($"/account/confirm?userId={Uri.EscapeDataString(user.Id)}&code={code}");
        return EmailComposer.Compose(
            user.Email!, user.DisplayName,
            l["Confirm your email address for {0}", options.Value.SiteName],
            [
                l["Hello {0},", user.DisplayName],
                l["Thank you for registering. Open the link below and press the button on that page to confirm your email address; then you can sign in."],
                l["The link works for 24 hours. If you did not register, ignore this email and nothing will happen."],
            ],
            new EmailComposer.Action(l["Confirm my email address"], link));
    }
}

public class RegistrationAttemptEmailHandler(
    UserManager<User> users, IEmailSender sender,
    IOptions<CampaignsOptions> options, IStringLocalizer<SharedResource> l) : AccountEmailHandler(users, sender)
{
    public override string Kind => AccountEmails.RegistrationAttempt;

    protected override Task<EmailMessage> ComposeAsync(User user) => Task.FromResult(EmailComposer.Compose(
        user.Email!, user.DisplayName,
        l["Someone tried to register with your email address"],
        [
            l["Hello {0},", user.DisplayName],
            l["Someone, perhaps you, tried to create an account on {0} with this email address. You already have an account, so nothing has changed.", options.Value.SiteName],
            l["If it was you, sign in with your existing account. If it was not, you can ignore this email: nobody can use your account without your password."],
        ],
        new EmailComposer.Action(l["Sign in"], options.Value.Link("/account/login"))));
}
