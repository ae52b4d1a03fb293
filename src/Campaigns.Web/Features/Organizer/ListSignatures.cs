using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Infrastructure;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Organizer;

public static class ListSignatures
{
    public const int MaxPageSize = 200;

    public sealed record Request
    {
        public string? Status { get; init; }
        public int? Page { get; init; }
        public int? PageSize { get; init; }
    }

    public sealed record Response(IReadOnlyList<SignatureRow> Items, string Status, int Page, int PageSize, int Total);

    public class Validator : AbstractValidator<Request>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(r => r.Status).Must(SignatureFilter.IsKnown).WithMessage(_ => l["Status must be confirmed, pending or all."]);
            RuleFor(r => r.Page).InclusiveBetween(1, Paging.MaxPage);
            RuleFor(r => r.PageSize).InclusiveBetween(1, MaxPageSize);
        }
    }

    public class Handler(CampaignsDbContext db, CampaignAccess access)
    {
        public async Task<OrganizerResult<Response>> HandleAsync(ClaimsPrincipal user, string slug, Request request, CancellationToken ct)
        {
            var grant = await access.CheckAsync(user, slug, AccessNeed.SignerData, ct);
            if (!grant.IsOk)
            {
                return grant.Fail<Response>();
            }
            var status = request.Status ?? SignatureFilter.All;
            var page = request.Page ?? 1;
            var pageSize = request.PageSize ?? 50;
            var campaignId = grant.Value!.CampaignId;
            var signatures = SignatureFilter.Apply(db.Signatures.AsNoTracking().Where(s => s.CampaignId == campaignId), status);
            var total = await signatures.CountAsync(ct);
            var items = await signatures
                .OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id)
                .Skip((page - 1) * pageSize).Take(pageSize)
                .Select(s => new SignatureRow(s.Name, s.Email, s.Country, s.City, s.Comment, s.NameDisplay, s.EmailUpdates, s.CreatedAt, s.ConfirmedAt, s.Id))
                .ToListAsync(ct);
            return OrganizerResult<Response>.Ok(new Response(items, status, page, pageSize, total));
        }
    }
}
