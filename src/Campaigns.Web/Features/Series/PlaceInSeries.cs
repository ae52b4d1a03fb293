using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Features.Campaigns;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Series;

/// <summary>Makes a campaign output N of a series of its own organisation; it takes the series' reference.</summary>
public static class PlaceInSeries
{
    public const int MaxOutputNumber = 500;

    public sealed record Request
    {
        public Guid? SeriesId { get; init; }
        public string? Reference { get; init; }
        public int? OutputNumber { get; init; }
        public bool Final { get; init; }
    }

    public class Validator : AbstractValidator<Request>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(r => r.Reference)
                .NotEmpty().When(r => r.SeriesId is null).WithMessage(_ => l["Give the series by its id or its reference."])
                .MaximumLength(SeriesReference.MaxLength).WithMessage(_ => l["The reference can be at most {0} characters long.", SeriesReference.MaxLength]);
            RuleFor(r => r.OutputNumber)
                .NotNull().WithMessage(_ => l["Give the number of this output in the series (1 for the first action)."])
                .InclusiveBetween(1, MaxOutputNumber).WithMessage(_ => l["The output number must be between 1 and {0}.", MaxOutputNumber]);
        }
    }

    public class Handler(IStringLocalizer<SharedResource> l, CampaignsDbContext db, CampaignAccess access, SeriesQueries queries, CampaignDirectory directory)
    {
        public async Task<OrganizerResult<SeriesPlacement>> HandleAsync(ClaimsPrincipal user, string slug, Request request, CancellationToken ct)
        {
            var grant = await access.CheckAsync(user, slug, AccessNeed.Change, ct);
            if (!grant.IsOk)
            {
                return grant.Fail<SeriesPlacement>();
            }
            var campaign = grant.Value!;
            var reference = request.Reference is null ? null : SeriesReference.Clean(request.Reference);
            var series = await db.ActionSeries.AsNoTracking()
                .Where(s => s.OrganisationId == campaign.OrganisationId && (request.SeriesId != null ? s.Id == request.SeriesId : s.Reference == reference))
                .SingleOrDefaultAsync(ct);
            if (series is null)
            {
                return request.SeriesId is null
                    ? OrganizerResult<SeriesPlacement>.Invalid("Reference", l["The organisation has no series with this reference. Create the series first."])
                    : OrganizerResult<SeriesPlacement>.Invalid("SeriesId", l["The organisation that runs this campaign has no series with this id."]);
            }
            var others = await db.Campaigns.AsNoTracking()
                .Where(c => c.SeriesId == series.Id && c.Id != campaign.CampaignId)
                .Select(c => new { c.OutputNumber, c.FinalOutput }).ToListAsync(ct);
            var number = request.OutputNumber!.Value;
            if (others.Any(o => o.OutputNumber == number))
            {
                return OrganizerResult<SeriesPlacement>.Conflict(l["Another campaign is already output {0} of {1}.", number, series.Reference]);
            }
            if (others.Any(o => o.FinalOutput && (request.Final || o.OutputNumber < number)))
            {
                return OrganizerResult<SeriesPlacement>.Conflict(l["{0} already has a final output; a series has one final output, and it comes last.", series.Reference]);
            }
            if (request.Final && others.Any(o => o.OutputNumber > number))
            {
                return OrganizerResult<SeriesPlacement>.Conflict(l["{0} has outputs after {1}, so output {1} cannot be the final one.", series.Reference, number]);
            }
            await db.Campaigns.Where(c => c.Id == campaign.CampaignId).ExecuteUpdateAsync(s => s
                .SetProperty(c => c.SeriesId, series.Id)
                .SetProperty(c => c.OutputNumber, number)
                .SetProperty(c => c.FinalOutput, request.Final)
                .SetProperty(c => c.Reference, series.Reference), ct);
            directory.Forget(slug);
            var panel = await queries.PanelAsync(slug, publicOnly: false, ct);
            return OrganizerResult<SeriesPlacement>.Ok(panel!.Series!);
        }
    }
}
