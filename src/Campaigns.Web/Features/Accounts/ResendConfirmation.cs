using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Microsoft.AspNetCore.Identity;

namespace Campaigns.Web.Features.Accounts;

public static class ResendConfirmation
{
    /// <summary>Queues a new link for an unconfirmed account; says nothing about whether the address has one.</summary>
    public class Handler(CampaignsDbContext db, UserManager<User> users, TimeProvider clock)
    {
        public async Task HandleAsync(MailboxRequest.Request request, CancellationToken ct)
        {
            var user = await users.FindByEmailAsync(request.Email!.Trim());
            if (user is { EmailConfirmed: false })
            {
                await AccountEmails.EnqueueRepeatAsync(db, AccountEmails.Confirmation, user.Id, clock.GetUtcNow().UtcDateTime, ct);
            }
        }
    }
}
