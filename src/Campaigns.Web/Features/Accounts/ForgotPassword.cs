using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Microsoft.AspNetCore.Identity;

namespace Campaigns.Web.Features.Accounts;

public static class ForgotPassword
{
    /// <summary>Queues a reset link for a confirmed account; says nothing about whether the address has one.</summary>
    public class Handler(CampaignsDbContext db, UserManager<User> users, TimeProvider clock)
    {
        public async Task HandleAsync(MailboxRequest.Request request, CancellationToken ct)
        {
            var user = await users.FindByEmailAsync(request.Email!.Trim());
            if (user is { EmailConfirmed: true })
            {
                await AccountEmails.EnqueueRepeatAsync(db, AccountEmails.PasswordReset, user.Id, clock.GetUtcNow().UtcDateTime, ct);
            }
        }
    }
}
