using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Features.Audit;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Translations;

/// <summary>Adds, replaces and removes a campaign's translations, for members of the organisation that runs it.</summary>
public class CampaignTranslations(CampaignsDbContext db, CampaignAccess access, AuditTrail audit, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<OrganizerResult<CampaignTranslationList>> ListAsync(ClaimsPrincipal user, string slug, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.See, ct);
        return grant.IsOk ? OrganizerResult<CampaignTranslationList>.Ok(await LoadAsync(grant.Value!.CampaignId, ct)) : grant.Fail<CampaignTranslationList>();
    }

    public async Task<OrganizerResult<CampaignOriginal>> OriginalAsync(ClaimsPrincipal user, string slug, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.See, ct);
        return grant.IsOk ? OrganizerResult<CampaignOriginal>.Ok(await OriginalAsync(grant.Value!.CampaignId, ct)) : grant.Fail<CampaignOriginal>();
    }

    public async Task<OrganizerResult<CampaignTranslationView>> SaveAsync(
        ClaimsPrincipal user, string slug, string language, CampaignTranslationInput input, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.Change, ct);
        if (!grant.IsOk)
        {
            return grant.Fail<CampaignTranslationView>();
        }
        var campaignId = grant.Value!.CampaignId;
        var errors = Refusals(await OriginalAsync(campaignId, ct), language, input).ToList();
        if (errors.Count > 0)
        {
            return OrganizerResult<CampaignTranslationView>.Invalid(errors);
        }
        var row = await db.CampaignTranslations.SingleOrDefaultAsync(t => t.CampaignId == campaignId && t.Language == language, ct)
            ?? db.CampaignTranslations.Add(new CampaignTranslation { CampaignId = campaignId, Language = language }).Entity;
        row.Title = Text.Clean(input.Title)!;
        row.Summary = Text.CleanBlock(input.Summary)!;
        row.Body = Text.CleanBlock(input.Body)!;
        row.ClosingMessage = Text.CleanBlock(input.ClosingMessage);
        row.LetterSubject = Text.Clean(input.LetterSubject);
        row.EditableText = Text.CleanBlock(input.EditableText);
        row.AddressedTo = Text.CleanBlock(input.AddressedTo);
        row.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record(user, grant.Value.OrganisationId, AuditAction.TranslationChanged, slug, language);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return OrganizerResult<CampaignTranslationView>.Conflict(l["Someone else added this translation at the same moment; load it again."]);
        }
        return OrganizerResult<CampaignTranslationView>.Ok(CampaignTranslationView.Of(row));
    }

    public async Task<OrganizerResult<CampaignTranslationList>> RemoveAsync(ClaimsPrincipal user, string slug, string language, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.Change, ct);
        if (!grant.IsOk)
        {
            return grant.Fail<CampaignTranslationList>();
        }
        var removed = await db.CampaignTranslations.Where(t => t.CampaignId == grant.Value!.CampaignId && t.Language == language).ExecuteDeleteAsync(ct);
        if (removed > 0)
        {
            await audit.RecordNowAsync(user, grant.Value!.OrganisationId, AuditAction.TranslationChanged, slug, ct, language);
        }
        return removed == 0
            ? OrganizerResult<CampaignTranslationList>.NotFound(l["This campaign has no translation into '{0}'.", language])
            : OrganizerResult<CampaignTranslationList>.Ok(await LoadAsync(grant.Value!.CampaignId, ct));
    }

    /// <summary>Says which language the campaign is written in; a language it is translated into must lose that translation first.</summary>
    public async Task<OrganizerResult<CampaignTranslationList>> SetLanguageAsync(ClaimsPrincipal user, string slug, string? language, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.Change, ct);
        if (!grant.IsOk)
        {
            return grant.Fail<CampaignTranslationList>();
        }
        var campaignId = grant.Value!.CampaignId;
        if (!ContentLanguages.IsSupported(language))
        {
            return OrganizerResult<CampaignTranslationList>.Invalid(TranslationLanguage.Field, TranslationLanguage.Supported(l));
        }
        if (await db.CampaignTranslations.AnyAsync(t => t.CampaignId == campaignId && t.Language == language, ct))
        {
            return OrganizerResult<CampaignTranslationList>.Invalid(TranslationLanguage.Field,
                l["The campaign has a translation into {0}: remove it first.", ContentLanguages.NameOf(language!)]);
        }
        await db.Campaigns.Where(c => c.Id == campaignId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Language, language), ct);
        return OrganizerResult<CampaignTranslationList>.Ok(await LoadAsync(campaignId, ct));
    }

    private IEnumerable<ValidationFailure> Refusals(CampaignOriginal original, string language, CampaignTranslationInput input)
    {
        if (TranslationLanguage.Refuse(l, language, original.Language) is { } wrong)
        {
            yield return wrong;
            yield break;
        }
        if (original.HasEditablePart && !Letters.LetterTemplate.HasEditablePart(input.Body ?? ""))
        {
            yield return new ValidationFailure(nameof(input.Body), l["Keep {0} in the text where the supporter's paragraph goes, as in the original.", "{editable}"]);
        }
        if (original.EditableText is not null && string.IsNullOrWhiteSpace(input.EditableText))
        {
            yield return new ValidationFailure(nameof(input.EditableText), l["Translate the paragraph supporters may rewrite too."]);
        }
        if (original.EditableMaxLength is { } max && input.EditableText?.Trim().Length > max)
        {
            yield return new ValidationFailure(nameof(input.EditableText), l["The paragraph supporters may rewrite can be at most {0} characters long.", max]);
        }
    }

    private Task<CampaignOriginal> OriginalAsync(Guid campaignId, CancellationToken ct) =>
        db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId)
            .Select(c => new CampaignOriginal(c.Slug, c.Kind, c.Language, c.Title, c.Summary, c.Body, c.ClosingMessage,
                c.LetterSubject, c.EditableText, c.EditableMaxLength, c.AddressedTo))
            .SingleAsync(ct);

    private async Task<CampaignTranslationList> LoadAsync(Guid campaignId, CancellationToken ct)
    {
        var campaign = await db.Campaigns.AsNoTracking().Where(c => c.Id == campaignId).Select(c => new { c.Slug, c.Title, c.Language }).SingleAsync(ct);
        var rows = await db.CampaignTranslations.AsNoTracking().Where(t => t.CampaignId == campaignId).OrderBy(t => t.Language).ToListAsync(ct);
        return new CampaignTranslationList(campaign.Slug, campaign.Title, campaign.Language, rows.Select(CampaignTranslationView.Of).ToList());
    }
}
