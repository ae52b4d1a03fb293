using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Features.Audit;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Deliveries;

/// <summary>The organizer hands a sign-on letter, with everyone who has signed it so far, to its targets.</summary>
public static class ReleaseLetter
{
    public sealed record Released(Guid TargetId, string TargetName, string Channel, Guid? DeliveryId, int SignatureCount, string? PrintableUrl);

    public sealed record Response(IReadOnlyList<Released> Targets);

    public class Handler(IStringLocalizer<SharedResource> l, CampaignsDbContext db, CampaignAccess access, AuditTrail audit, TimeProvider clock)
    {
        public async Task<OrganizerResult<Response>> HandleAsync(ClaimsPrincipal user, string slug, Guid? targetId, CancellationToken ct)
        {
            var grant = await access.CheckAsync(user, slug, AccessNeed.Change, ct);
            if (!grant.IsOk)
            {
                return grant.Fail<Response>();
            }
            if (grant.Value!.Status != CampaignStatus.Published)
            {
                return OrganizerResult<Response>.Conflict(l["Only a published campaign's letter can be released; nothing goes out once it is closed."]);
            }
            var campaignId = grant.Value.CampaignId;
            var kind = await db.Campaigns.Where(c => c.Id == campaignId).Select(c => c.Kind).SingleAsync(ct);
            var targets = (await db.CampaignTargets.AsNoTracking().Where(t => t.CampaignId == campaignId)
                    .OrderBy(t => t.Position).Select(t => t.Target!).ToListAsync(ct))
                .Where(t => targetId is null ? DeliveryPolicy.EffectiveMode(kind, t.Mode) == DeliveryMode.OnRelease : t.Id == targetId)
                .ToList();
            var refusal = Refusal(targets, kind, targetId);
            if (refusal is not null)
            {
                return refusal;
            }
            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var target in targets)
            {
                var facts = await HoldFactsQuery.ForAsync(db, campaignId, target.Id, ct);
                if (DeliveryHolds.For(facts, DeliveryMode.OnRelease, target.Channel, now) is { } hold)
                {
                    return OrganizerResult<Response>.Conflict(l["{0}: {1}", target.Name, hold.Reason]);
                }
            }
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await DeliveryScheduler.WaitForScheduleAsync(db, ct);
            var released = new List<Released>();
            foreach (var target in targets)
            {
                var firstRelease = !await db.Deliveries.AnyAsync(d => d.CampaignId == campaignId && d.TargetId == target.Id
                    && d.Mode == DeliveryMode.OnRelease && d.Status != DeliveryStatus.Cancelled, ct);
                var delivery = await DeliveryBatches.CreateAsync(db, campaignId, target, DeliveryMode.OnRelease, now, ct, keepEmpty: firstRelease);
                released.Add(new Released(target.Id, target.Name, DeliveryStatusNames.Lower(target.Channel), delivery?.Id, delivery?.SignatureCount ?? 0,
                    target.Channel == DeliveryChannel.Post ? $"/campaigns/{slug}/letter?target={target.Id}" : null));
            }
            if (released.All(r => r.DeliveryId is null))
            {
                return OrganizerResult<Response>.Conflict(l["Nothing new to release: the letter has gone out and no one has signed since."]);
            }
            await audit.RecordNowAsync(user, grant.Value.OrganisationId, AuditAction.LetterReleased, slug, ct,
                string.Join(", ", released.Where(r => r.DeliveryId is not null).Select(r => r.TargetName)));
            await transaction.CommitAsync(ct);
            return OrganizerResult<Response>.Ok(new Response(released));
        }

        private OrganizerResult<Response>? Refusal(IReadOnlyList<Target> targets, CampaignKind kind, Guid? targetId)
        {
            if (targetId is not null && targets.Count == 0)
            {
                return OrganizerResult<Response>.Invalid("target", l["This campaign does not address that target."]);
            }
            if (targets.Count == 0)
            {
                return OrganizerResult<Response>.Conflict(l["None of this campaign's targets receives its letter on release."]);
            }
            if (targets.FirstOrDefault(t => DeliveryPolicy.EffectiveMode(kind, t.Mode) != DeliveryMode.OnRelease) is { } paced)
            {
                return OrganizerResult<Response>.Invalid("target", l["{0} receives letters as they come (individually or in digests), not on release.", paced.Name]);
            }
            if (targets.FirstOrDefault(t => t.Channel == DeliveryChannel.Post && string.IsNullOrWhiteSpace(t.PostalAddress)) is { } unaddressed)
            {
                return OrganizerResult<Response>.Invalid("target", l["{0} receives letters by post but has no postal address. Add one to the target first.", unaddressed.Name]);
            }
            if (targets.FirstOrDefault(t => t.Channel == DeliveryChannel.Email && string.IsNullOrWhiteSpace(t.Email)) is { } noEmail)
            {
                return OrganizerResult<Response>.Invalid("target", l["{0} receives letters by email but has no email address. Add one to the target first.", noEmail.Name]);
            }
            return null;
        }
    }
}
