using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Series;

/// <summary>
/// Records whether supporters are still asked to act for one person of a campaign: action continues, or no
/// further action is requested since a date, for a reason (released, for instance).
/// </summary>
public static class SetActionStatus
{
    public const int MaxReasonLength = 500;

    public sealed record Request
    {
        /// <summary>Continues or NoFurtherAction.</summary>
        public string? Status { get; init; }
        public DateOnly? Date { get; init; }
        public string? Reason { get; init; }

        public ActionStatus? ParsedStatus =>
            Enum.TryParse<ActionStatus>(Status, ignoreCase: true, out var status) && Enum.IsDefined(status) && !int.TryParse(Status, out _) ? status : null;
    }

    public class Validator : AbstractValidator<Request>
    {
        public Validator(IStringLocalizer<SharedResource> l, TimeProvider clock)
        {
            RuleFor(r => r.Status).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage(_ => l["Choose the action status: Continues or NoFurtherAction."])
                .Must((r, _) => r.ParsedStatus is not null).WithMessage(r => l["'{0}' is not an action status. Use Continues or NoFurtherAction.", r.Status!]);
            RuleFor(r => r.Date)
                .Must(d => d is null || d <= DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime.AddDays(1)))
                .WithMessage(_ => l["The date cannot be in the future."]);
            RuleFor(r => r.Reason).Cascade(CascadeMode.Stop)
                .NotEmpty().When(r => r.ParsedStatus == ActionStatus.NoFurtherAction)
                .WithMessage(_ => l["Say why no further action is requested, for example: released on 18 March 2025."])
                .MaximumLength(MaxReasonLength).WithMessage(_ => l["The reason can be at most {0} characters long.", MaxReasonLength]);
        }
    }

    public class Handler(IStringLocalizer<SharedResource> l, CampaignsDbContext db, CampaignAccess access, SeriesQueries queries, TimeProvider clock)
    {
        public async Task<OrganizerResult<IReadOnlyList<PersonAction>>> HandleAsync(
            ClaimsPrincipal user, string slug, string caseSlug, Request request, CancellationToken ct)
        {
            var grant = await access.CheckAsync(user, slug, AccessNeed.Change, ct);
            if (!grant.IsOk)
            {
                return grant.Fail<IReadOnlyList<PersonAction>>();
            }
            var campaignId = grant.Value!.CampaignId;
            var status = request.ParsedStatus!.Value;
            var date = request.Date ?? DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
            var reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim();
            var updated = await db.CampaignCases
                .Where(cc => cc.CampaignId == campaignId && cc.Case!.Slug == caseSlug)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(cc => cc.ActionStatus, status)
                    .SetProperty(cc => cc.ActionChangedOn, date)
                    .SetProperty(cc => cc.ActionReason, reason), ct);
            return updated == 0
                ? OrganizerResult<IReadOnlyList<PersonAction>>.NotFound(l["'{0}' is not one of the people this campaign is about.", caseSlug])
                : OrganizerResult<IReadOnlyList<PersonAction>>.Ok(await queries.PeopleAsync(campaignId, ct));
        }
    }
}
