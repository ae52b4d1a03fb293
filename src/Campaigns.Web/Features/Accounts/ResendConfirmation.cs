using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Shared;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Accounts;

public static class ResendConfirmation
{
    public sealed class Request
    {
        public string? Email { get; set; }
    }

    public class Validator : AbstractValidator<Request>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(r => r.Email).RequiredEmail(l);
        }
    }

    /// <summary>Queues a new link for an unconfirmed account; says nothing about whether the address has one.</summary>
    public class Handler(CampaignsDbContext db, UserManager<User> users, TimeProvider clock)
    {
        public async Task HandleAsync(Request request, CancellationToken ct)
        {
            var user = await users.FindByEmailAsync(request.Email!.Trim());
            if (user is { EmailConfirmed: false })
            {
                await AccountEmails.EnqueueRepeatAsync(db, AccountEmails.Confirmation, user.Id, clock.GetUtcNow().UtcDateTime, ct);
            }
        }
    }
}
