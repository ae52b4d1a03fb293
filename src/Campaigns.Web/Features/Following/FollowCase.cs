using System.Net;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
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

namespace Campaigns.Web.Features.Following;

/// <summary>
/// Asks to follow a case by email. Nothing is sent to the address until its owner presses the button behind
/// the confirmation link, and the answer is the same whether the address already follows or not.
/// </summary>
public static class FollowCase
{
    public sealed record Request
    {
        public string? Email { get; init; }
    }

    public enum Outcome { Accepted, CaseNotFound }

    public class Validator : AbstractValidator<Request>
    {
        public Validator(IStringLocalizer<SharedResource> l, IOptions<MailOptions> mail) => RuleFor(r => r.Email).RequiredEmail(l, mail.Value);
    }

    public class Handler(CampaignsDbContext db, IpHasher ipHasher, TimeProvider clock)
    {
        public async Task<Outcome> HandleAsync(string caseSlug, Request request, IPAddress? client, CancellationToken ct)
        {
            var caseId = await db.Cases.AsNoTracking().Where(c => c.Slug == caseSlug).Select(c => (Guid?)c.Id).SingleOrDefaultAsync(ct);
            if (caseId is null)
            {
                return Outcome.CaseNotFound;
            }
            var now = clock.GetUtcNow().UtcDateTime;
            var follower = new Follower
            {
                CaseId = caseId.Value,
                Email = request.Email!.Trim(),
                EmailNormalized = EmailNormalizer.Normalize(request.Email!),
                IpHash = ipHasher.Hash(client),
                CreatedAt = now,
                Culture = SupportedCultures.Current,
            };
            if (!await TryAddAsync(follower, now, ct))
            {
                await AskAgainAsync(follower, now, ct);
            }
            return Outcome.Accepted;
        }

        private async Task<bool> TryAddAsync(Follower follower, DateTime now, CancellationToken ct)
        {
            db.Followers.Add(follower);
            db.Enqueue(FollowerEmails.Confirmation, $"{FollowerEmails.Confirmation}:{follower.Id}",
                new FollowerEmails.ConfirmationPayload(follower.Id), now);
            try
            {
                await db.SaveChangesAsync(ct);
                return true;
            }
            catch (DbUpdateException ex) when (ex.IsUniqueViolation())
            {
                db.ChangeTracker.Clear();
                return false;
            }
        }

        // A confirmed follower hears nothing; anyone else (pending, or unsubscribed and asking again) gets a
        // fresh confirmation link, at most one an hour, and stays inactive until pressing its button.
        private async Task AskAgainAsync(Follower request, DateTime now, CancellationToken ct)
        {
            var existing = await db.Followers.AsNoTracking()
                .Where(f => f.CaseId == request.CaseId && f.EmailNormalized == request.EmailNormalized)
                .Select(f => new { f.Id, f.ConfirmedAt, f.UnsubscribedAt })
                .SingleAsync(ct);
            if (existing.ConfirmedAt is not null && existing.UnsubscribedAt is null)
            {
                return;
            }
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await db.Followers.Where(f => f.Id == existing.Id && f.UnsubscribedAt != null)
                .ExecuteUpdateAsync(s => s.SetProperty(f => f.UnsubscribedAt, (DateTime?)null).SetProperty(f => f.ConfirmedAt, (DateTime?)null), ct);
            await db.EnqueueOnceAsync(FollowerEmails.Confirmation, $"{FollowerEmails.Confirmation}:{existing.Id}:{now:yyyyMMddHH}",
                new FollowerEmails.ConfirmationPayload(existing.Id), now, ct);
            await transaction.CommitAsync(ct);
        }
    }
}
