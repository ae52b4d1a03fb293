using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Features.Audit;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Deliveries;

/// <summary>The organizer records that a letter to be posted was posted, handed in or sent by courier.</summary>
public static class RecordPosting
{
    public static readonly IReadOnlyList<string> Methods = ["post", "hand", "courier"];

    public sealed record Request
    {
        public DateTime? PostedAt { get; init; }
        public string? Method { get; init; }
        public string? Reference { get; init; }
    }

    public class Validator : AbstractValidator<Request>
    {
        public Validator(IStringLocalizer<SharedResource> l, TimeProvider clock)
        {
            RuleFor(r => r.PostedAt).NotNull().WithMessage(_ => l["Give the date the letter was posted or handed in."])
                .Must(at => at is null || at.Value.ToUniversalTime() <= clock.GetUtcNow().UtcDateTime.AddDays(1))
                .WithMessage(_ => l["The posting date cannot be in the future."]);
            RuleFor(r => r.Method).Must(m => m is not null && Methods.Contains(m))
                .WithMessage(_ => l["Method is one of: {0}.", string.Join(", ", Methods)]);
            RuleFor(r => r.Reference).MaximumLength(200);
        }
    }

    public class Handler(IStringLocalizer<SharedResource> l, CampaignsDbContext db, CampaignAccess access, AuditTrail audit, TimeProvider clock)
    {
        public async Task<OrganizerResult<DeliveryLine>> HandleAsync(ClaimsPrincipal user, Guid deliveryId, Request request, CancellationToken ct)
        {
            var found = await db.Deliveries.Where(d => d.Id == deliveryId)
                .Select(d => new { Delivery = d, d.Campaign!.Slug, d.Target!.Name, d.Target.PostalAddress })
                .SingleOrDefaultAsync(ct);
            if (found is null)
            {
                return OrganizerResult<DeliveryLine>.NotFound(l["There is no delivery {0}.", deliveryId]);
            }
            var grant = await access.CheckAsync(user, found.Slug, AccessNeed.Change, ct);
            if (!grant.IsOk)
            {
                return grant.Fail<DeliveryLine>();
            }
            var delivery = found.Delivery;
            if (delivery.Channel != DeliveryChannel.Post)
            {
                return OrganizerResult<DeliveryLine>.Conflict(l["This delivery goes by email; only letters to be posted or handed in are recorded by hand."]);
            }
            if (string.IsNullOrWhiteSpace(found.PostalAddress))
            {
                return OrganizerResult<DeliveryLine>.Invalid("target", l["{0} has no postal address. Add one to the target before recording a posting.", found.Name]);
            }
            if (delivery.Status != DeliveryStatus.Queued)
            {
                return OrganizerResult<DeliveryLine>.Conflict(delivery.Status == DeliveryStatus.Sent
                    ? l["This letter's posting is already recorded."]
                    : l["This letter is {0}: {1}", DeliveryStatusNames.Lower(delivery.Status), delivery.HeldReason ?? ""]);
            }
            var postedAt = request.PostedAt!.Value.ToUniversalTime();
            delivery.Status = DeliveryStatus.Sent;
            delivery.SentAt = postedAt;
            delivery.PostedAt = postedAt;
            delivery.PostedMethod = request.Method;
            delivery.PostedReference = string.IsNullOrWhiteSpace(request.Reference) ? null : request.Reference.Trim();
            delivery.RecordedByUserId = user.FindFirstValue(ClaimTypes.NameIdentifier);
            delivery.UpdatedAt = clock.GetUtcNow().UtcDateTime;
            audit.Record(user, grant.Value!.OrganisationId, AuditAction.PostingRecorded, found.Slug, found.Name);
            await db.SaveChangesAsync(ct);
            return OrganizerResult<DeliveryLine>.Ok(ListDeliveries.Line(delivery, found.Name));
        }
    }
}
