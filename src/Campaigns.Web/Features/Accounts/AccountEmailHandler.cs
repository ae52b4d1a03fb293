using Campaigns.Web.Domain;
using Campaigns.Web.Email;
using Campaigns.Web.Infrastructure.Localization;
using Campaigns.Web.Outbox;
using Microsoft.AspNetCore.Identity;

namespace Campaigns.Web.Features.Accounts;

/// <summary>
/// Sends one kind of account email to the account named in the payload. Links carrying Identity tokens are
/// made here, at send time, so no secret rests in the queue and a message retried hours later still works.
/// </summary>
public abstract class AccountEmailHandler(UserManager<User> users, IEmailSender sender) : IOutboxHandler
{
    public abstract string Kind { get; }

    protected UserManager<User> Users => users;

    public async Task<string?> HandleAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        var payload = message.ReadPayload<AccountEmails.Payload>();
        var user = await users.FindByIdAsync(payload.UserId);
        if (user is null || !StillWanted(user))
        {
            return null;
        }
        using var language = SupportedCultures.Use(payload.Culture);
        return await sender.SendAsync(await ComposeAsync(user) with { DeliveryKey = message.DeliveryKey }, cancellationToken);
    }

    /// <summary>False when the account has changed so that the message no longer makes sense.</summary>
    protected virtual bool StillWanted(User user) => true;

    protected abstract Task<EmailMessage> ComposeAsync(User user);
}
