using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Infrastructure;
using FluentValidation;
using Campaigns.Web.Features.Organizer;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Targets;

public static class ListTargets
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 50;

    public sealed record Request
    {
        public string? Q { get; init; }
        public bool IncludeRetired { get; init; }
        public int? Page { get; init; }
        public int? PageSize { get; init; }
    }

    public sealed record Response(IReadOnlyList<TargetDetails> Items, string? Q, bool IncludeRetired, int Page, int PageSize, int Total);

    public class Validator : AbstractValidator<Request>
    {
        public Validator()
        {
            RuleFor(r => r.Q).MaximumLength(200);
            RuleFor(r => r.Page).InclusiveBetween(1, Paging.MaxPage);
            RuleFor(r => r.PageSize).InclusiveBetween(1, MaxPageSize);
        }
    }

    public class Handler(CampaignsDbContext db, TargetAccess access)
    {
        public async Task<Response> HandleAsync(ClaimsPrincipal user, Request request, CancellationToken ct)
        {
            var organisations = await access.OrganisationIdsAsync(user, AccessNeed.See, ct);
            var page = request.Page ?? 1;
            var pageSize = request.PageSize ?? DefaultPageSize;
            var targets = db.Targets.AsNoTracking().Where(t => organisations.Contains(t.OrganisationId));
            if (!request.IncludeRetired)
            {
                targets = targets.Where(t => t.RetiredAt == null);
            }
            if (request.Q?.Trim().ToLowerInvariant() is { Length: > 0 } q)
            {
                targets = targets.Where(t => t.Name.ToLower().Contains(q)
                    || (t.Title != null && t.Title.ToLower().Contains(q))
                    || (t.Affiliation != null && t.Affiliation.ToLower().Contains(q)));
            }
            var total = await targets.CountAsync(ct);
            var items = await targets.OrderBy(t => t.Name).ThenBy(t => t.Id)
                .Skip((page - 1) * pageSize).Take(pageSize)
                .ToListAsync(ct);
            return new Response(items.Select(TargetDetails.From).ToList(), request.Q, request.IncludeRetired, page, pageSize, total);
        }
    }
}
