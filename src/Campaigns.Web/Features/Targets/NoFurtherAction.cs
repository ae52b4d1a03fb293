using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Features.Campaigns;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Targets;

/// <summary>
/// The organizer's word that a campaign asks nothing more of one target (the official replied, left office, the
/// person was released). Deliveries to that target are held while it stands; lifting it lets them go again.
/// </summary>
public static class NoFurtherAction
{
    public const int MaxReasonLength = 500;

    public sealed record Request
    {
        public string? Reason { get; init; }
    }

    public sealed record State(Guid TargetId, string Name, DateTime? NoFurtherActionAt, string? NoFurtherActionReason);

    public class Validator : AbstractValidator<Request>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(r => r.Reason).MaximumLength(MaxReasonLength)
                .WithMessage(_ => l["The reason can be at most {0} characters long.", MaxReasonLength]);
        }
    }

    public class Handler(IStringLocalizer<SharedResource> l, CampaignsDbContext db, CampaignAccess access, CampaignDirectory directory, TimeProvider clock)
    {
        /// <summary>Sets the mark (a second call only changes the reason), or lifts it when <paramref name="request"/> is null.</summary>
        public async Task<OrganizerResult<State>> HandleAsync(ClaimsPrincipal user, string slug, Guid targetId, Request? request, CancellationToken ct)
        {
            var grant = await access.CheckAsync(user, slug, AccessNeed.Change, ct);
            if (!grant.IsOk)
            {
                return grant.Fail<State>();
            }
            var link = await db.CampaignTargets.Include(t => t.Target)
                .SingleOrDefaultAsync(t => t.CampaignId == grant.Value!.CampaignId && t.TargetId == targetId, ct);
            if (link is null)
            {
                return OrganizerResult<State>.NotFound(l["This campaign does not address that target."]);
            }
            if (request is null)
            {
                link.NoFurtherActionAt = null;
                link.NoFurtherActionReason = null;
            }
            else
            {
                link.NoFurtherActionAt ??= clock.GetUtcNow().UtcDateTime;
                link.NoFurtherActionReason = Text.CleanBlock(request.Reason);
            }
            await db.SaveChangesAsync(ct);
            directory.Forget(slug);
            return OrganizerResult<State>.Ok(new State(targetId, link.Target!.Name, link.NoFurtherActionAt, link.NoFurtherActionReason));
        }
    }
}
