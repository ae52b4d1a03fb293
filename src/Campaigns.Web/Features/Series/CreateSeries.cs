using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Series;

/// <summary>Starts a numbered series of outputs (urgent action, further information, …) under a reference unique in its organisation.</summary>
public static class CreateSeries
{
    public sealed record Request
    {
        public string? Reference { get; init; }
        public string? Title { get; init; }
        public Guid? OrganisationId { get; init; }
    }

    public class Validator : AbstractValidator<Request>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(r => r.Reference).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage(_ => l["Enter the series reference, such as UA 44/22."])
                .MaximumLength(SeriesReference.MaxLength).WithMessage(_ => l["The reference can be at most {0} characters long.", SeriesReference.MaxLength])
                .Must(r => SeriesReference.Slug(r!).Length > 0).WithMessage(_ => l["The reference needs at least one letter or digit."]);
            RuleFor(r => r.Title).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage(_ => l["Enter a title for the series."])
                .MaximumLength(200).WithMessage(_ => l["The title can be at most 200 characters long."]);
        }
    }

    public class Handler(IStringLocalizer<SharedResource> l, CampaignsDbContext db, CampaignAccess access, TimeProvider clock)
    {
        public async Task<OrganizerResult<SeriesView>> HandleAsync(ClaimsPrincipal user, Request request, CancellationToken ct)
        {
            var organisation = await access.ChooseOrganisationAsync(user, request.OrganisationId, ct);
            return organisation.IsOk
                ? await CreateAsync(organisation.Value, SeriesReference.Clean(request.Reference!), request.Title!.Trim(), ct)
                : organisation.Fail<SeriesView>();
        }

        public async Task<OrganizerResult<SeriesView>> CreateAsync(Guid organisationId, string reference, string title, CancellationToken ct)
        {
            var series = new ActionSeries { OrganisationId = organisationId, Reference = reference, Title = title, CreatedAt = clock.GetUtcNow().UtcDateTime };
            db.ActionSeries.Add(series);
            try
            {
                await db.SaveChangesAsync(ct);
                return OrganizerResult<SeriesView>.Ok(new SeriesView(series.Id, series.Reference, series.Title));
            }
            catch (DbUpdateException ex) when (ex.IsUniqueViolation())
            {
                db.ChangeTracker.Clear();
                return OrganizerResult<SeriesView>.Conflict(l["The organisation already has a series with the reference '{0}'.", reference]);
            }
        }
    }
}
