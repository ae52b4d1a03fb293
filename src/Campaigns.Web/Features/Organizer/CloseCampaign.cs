using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Features.Audit;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Campaigns;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Organizer;

public static class CloseCampaign
{
    public sealed record Request
    {
        public string? ClosingMessage { get; init; }
    }

    public class Validator : AbstractValidator<Request>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(r => r.ClosingMessage).NotEmpty()
                .WithMessage(_ => l["Write a closing message: supporters see it on the campaign page."])
                .MaximumLength(2000);
        }
    }

    public class Handler(
        IStringLocalizer<SharedResource> l,
        CampaignsDbContext db, CampaignAccess access, GetCampaign.Handler campaigns, CampaignDirectory directory, AuditTrail audit, TimeProvider clock)
    {
        public async Task<OrganizerResult<OrganizerCampaign>> HandleAsync(ClaimsPrincipal user, string slug, Request request, CancellationToken ct)
        {
            var grant = await access.CheckAsync(user, slug, AccessNeed.Change, ct);
            if (!grant.IsOk)
            {
                return grant.Fail<OrganizerCampaign>();
            }
            var campaignId = grant.Value!.CampaignId;
            var now = clock.GetUtcNow().UtcDateTime;
            var message = Text.CleanBlock(request.ClosingMessage);
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var closed = await db.Campaigns
                .Where(c => c.Id == campaignId && c.Status == CampaignStatus.Published)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(c => c.Status, CampaignStatus.Closed)
                    .SetProperty(c => c.ClosedAt, now)
                    .SetProperty(c => c.ClosingMessage, message), ct);
            if (closed == 0)
            {
                return OrganizerResult<OrganizerCampaign>.Conflict(l["Only a published campaign can be closed."]);
            }
            await audit.RecordNowAsync(user, grant.Value.OrganisationId, AuditAction.CampaignClosed, slug, ct);
            await transaction.CommitAsync(ct);
            directory.Forget(slug);
            return OrganizerResult<OrganizerCampaign>.Ok(await campaigns.LoadAsync(campaignId, ct));
        }
    }
}
