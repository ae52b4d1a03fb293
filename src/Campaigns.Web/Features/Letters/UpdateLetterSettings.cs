using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Features.Audit;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Campaigns;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Letters;

/// <summary>
/// Sets how a letter is written and signed. Its subject and the editable paragraph's text and limit stay as
/// supporters signed them once the campaign is published; the date, contact and order of signatories may change.
/// </summary>
public static class UpdateLetterSettings
{
    public class Handler(IStringLocalizer<SharedResource> l, CampaignsDbContext db, CampaignAccess access, CampaignDirectory directory, AuditTrail audit)
    {
        public async Task<OrganizerResult<LetterSettings>> GetAsync(ClaimsPrincipal user, string slug, CancellationToken ct)
        {
            var grant = await access.CheckAsync(user, slug, AccessNeed.See, ct);
            return grant.IsOk
                ? OrganizerResult<LetterSettings>.Ok(LetterSettings.Of(await db.Campaigns.AsNoTracking().SingleAsync(c => c.Id == grant.Value!.CampaignId, ct)))
                : grant.Fail<LetterSettings>();
        }

        public async Task<OrganizerResult<LetterSettings>> HandleAsync(ClaimsPrincipal user, string slug, LetterSettings request, CancellationToken ct)
        {
            var grant = await access.CheckAsync(user, slug, AccessNeed.Change, ct);
            if (!grant.IsOk)
            {
                return grant.Fail<LetterSettings>();
            }
            var campaign = await db.Campaigns.SingleAsync(c => c.Id == grant.Value!.CampaignId, ct);
            var settings = request.Cleaned();
            if (Refuse(campaign, settings) is { } refusal)
            {
                return refusal;
            }
            settings.ApplyTo(campaign);
            audit.Record(user, campaign.OrganisationId, AuditAction.LetterSettingsChanged, slug);
            await db.SaveChangesAsync(ct);
            directory.Forget(slug);
            return OrganizerResult<LetterSettings>.Ok(LetterSettings.Of(campaign));
        }

        private OrganizerResult<LetterSettings>? Refuse(Campaign campaign, LetterSettings settings)
        {
            if (campaign.Kind == CampaignKind.Petition)
            {
                return OrganizerResult<LetterSettings>.Conflict(l["A petition has no letter settings; they belong to appeal letters, sign-on letters and joint statements."]);
            }
            if (campaign.Status == CampaignStatus.Closed)
            {
                return OrganizerResult<LetterSettings>.Conflict(l["A closed campaign can no longer be changed."]);
            }
            if (campaign.Status == CampaignStatus.Published && !settings.SameSignedTerms(LetterSettings.Of(campaign)))
            {
                return OrganizerResult<LetterSettings>.Conflict(
                    l["The subject and the editable paragraph's text and limit of a published letter can no longer change: supporters have signed them. The date, contact and order of signatories can still be edited."]);
            }
            var errors = new List<ValidationFailure>();
            if (settings.EditableText is not null && campaign.Kind != CampaignKind.AppealLetter)
            {
                errors.Add(new(nameof(LetterSettings.EditableText), "Only appeal letters have a paragraph that supporters can rewrite."));
            }
            else if (settings.EditableText is not null && !LetterTemplate.HasEditablePart(campaign.Body))
            {
                errors.Add(new(nameof(LetterSettings.EditableText), "Put {editable} in the letter where the supporter's paragraph goes, then set its text here."));
            }
            return errors.Count > 0 ? OrganizerResult<LetterSettings>.Invalid(errors) : null;
        }
    }
}
