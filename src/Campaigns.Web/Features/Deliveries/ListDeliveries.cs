using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Deliveries;

public static class ListDeliveries
{
    public const int MaxPageSize = 200;

    public sealed record Request
    {
        public Guid? Target { get; init; }
        public string? Status { get; init; }
        public int? Page { get; init; }
        public int? PageSize { get; init; }
    }

    public sealed record Response(IReadOnlyList<TargetLedger> Targets, IReadOnlyList<DeliveryLine> Items, int Page, int PageSize, int Total);

    public class Validator : AbstractValidator<Request>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(r => r.Status).Must(DeliveryStatusNames.IsKnown)
                .WithMessage(_ => l["Status is one of: {0}.", string.Join(", ", DeliveryStatusNames.All)]);
            RuleFor(r => r.Page).InclusiveBetween(1, Paging.MaxPage);
            RuleFor(r => r.PageSize).InclusiveBetween(1, MaxPageSize);
        }
    }

    public class Handler(CampaignsDbContext db, CampaignAccess access)
    {
        public async Task<OrganizerResult<Response>> HandleAsync(ClaimsPrincipal user, string slug, Request request, CancellationToken ct)
        {
            var grant = await access.CheckAsync(user, slug, AccessNeed.See, ct);
            if (!grant.IsOk)
            {
                return grant.Fail<Response>();
            }
            var campaignId = grant.Value!.CampaignId;
            var page = request.Page ?? 1;
            var pageSize = request.PageSize ?? 50;
            var lines = db.Deliveries.AsNoTracking().Where(d => d.CampaignId == campaignId);
            if (request.Target is { } targetId)
            {
                lines = lines.Where(d => d.TargetId == targetId);
            }
            if (DeliveryStatusNames.Parse(request.Status) is { } status)
            {
                lines = lines.Where(d => d.Status == status);
            }
            var total = await lines.CountAsync(ct);
            var items = await lines
                .OrderByDescending(d => d.CreatedAt).ThenByDescending(d => d.Id)
                .Skip((page - 1) * pageSize).Take(pageSize)
                .Select(d => new { Delivery = d, TargetName = d.Target!.Name })
                .ToListAsync(ct);
            var targets = await LedgerSummary.ForCampaignAsync(db, campaignId, ct);
            return OrganizerResult<Response>.Ok(new Response(targets, items.Select(i => Line(i.Delivery, i.TargetName)).ToList(), page, pageSize, total));
        }
    }

    public static DeliveryLine Line(Delivery d, string targetName) => new(
        d.Id, d.TargetId, targetName, DeliveryStatusNames.Lower(d.Channel), DeliveryStatusNames.Lower(d.Mode), DeliveryStatusNames.Lower(d.Status),
        d.SignatureCount, d.CreatedAt, d.DueAt, d.Attempts, d.LastError, d.SentAt, d.MessageId, d.HeldReason, d.CancelledAt,
        d.PostedAt, d.PostedMethod, d.PostedReference, d.UpdatedAt);
}
