using Campaigns.Web.Data;
using Campaigns.Web.Email;
using Campaigns.Web.Features.Shared;
using Campaigns.Web.Features.Signing;
using Campaigns.Web.Infrastructure.Localization;
using Campaigns.Web.Outbox;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Options;

namespace Campaigns.Web.Features.MySignatures;

/// <summary>
/// Asks for a link to a mailbox's page. The request never looks at what the address did: it queues the same
/// message for every address, and only the outbox, later, finds out whether there is anything to send.
/// </summary>
public static class RequestLink
{
    public sealed record Request
    {
        public string? Email { get; init; }
    }

    public class Validator : AbstractValidator<Request>
    {
        public Validator(IStringLocalizer<SharedResource> l, IOptions<MailOptions> mail) => RuleFor(r => r.Email).RequiredEmail(l, mail.Value);
    }

    public class Handler(CampaignsDbContext db, TimeProvider clock, IOptions<MySignaturesOptions> options)
    {
        public async Task HandleAsync(Request request, CancellationToken ct)
        {
            var email = request.Email!.Trim();
            var normalized = EmailNormalizer.Normalize(email);
            var prefix = MailboxEmails.KeyPrefix(normalized);
            var now = clock.GetUtcNow().UtcDateTime;
            var hourAgo = now.AddHours(-1);
            var recent = await db.OutboxMessages.CountAsync(m => m.DeliveryKey.StartsWith(prefix) && m.CreatedAt > hourAgo, ct);
            if (recent >= options.Value.LinksPerMailboxPerHour)
            {
                return;
            }
            db.Enqueue(MailboxEmails.Link, $"{prefix}{Guid.CreateVersion7():N}",
                new MailboxEmails.Payload(email, normalized, SupportedCultures.Current), now);
            await db.SaveChangesAsync(ct);
        }
    }
}
