using System.Security.Claims;
using Campaigns.Web.Data;
using Campaigns.Web.Features.Audit;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Cases;
using Campaigns.Web.Features.Organizer;
using Campaigns.Web.Resources;
using FluentValidation.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Translations;

/// <summary>Adds, replaces and removes a case's translations, for members of the organisation that keeps it.</summary>
public class CaseTranslations(CampaignsDbContext db, CaseAccess access, AuditTrail audit, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<OrganizerResult<CaseTranslationList>> ListAsync(ClaimsPrincipal user, string slug, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.See, ct);
        return grant.IsOk ? OrganizerResult<CaseTranslationList>.Ok(await LoadAsync(grant.Value!.CaseId, ct)) : grant.Fail<CaseTranslationList>();
    }

    public async Task<OrganizerResult<CaseOriginal>> OriginalAsync(ClaimsPrincipal user, string slug, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.See, ct);
        return grant.IsOk ? OrganizerResult<CaseOriginal>.Ok(await OriginalAsync(grant.Value!.CaseId, ct)) : grant.Fail<CaseOriginal>();
    }

    /// <summary>Replaces the translation: timeline entries left out or empty lose theirs and are shown as written.</summary>
    public async Task<OrganizerResult<CaseTranslationView>> SaveAsync(
        ClaimsPrincipal user, string slug, string language, CaseTranslationInput input, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.Change, ct);
        if (!grant.IsOk)
        {
            return grant.Fail<CaseTranslationView>();
        }
        var caseId = grant.Value!.CaseId;
        var errors = Refusals(await OriginalAsync(caseId, ct), language, input).ToList();
        if (errors.Count > 0)
        {
            return OrganizerResult<CaseTranslationView>.Invalid(errors);
        }
        var row = await db.CaseTranslations.SingleOrDefaultAsync(t => t.CaseId == caseId && t.Language == language, ct)
            ?? db.CaseTranslations.Add(new CaseTranslation { CaseId = caseId, Language = language }).Entity;
        row.Name = Text.Clean(input.Name)!;
        row.Charges = Text.CleanBlock(input.Charges);
        row.Sentence = Text.Clean(input.Sentence);
        row.PlaceOfDetention = Text.Clean(input.PlaceOfDetention);
        row.Biography = Text.CleanBlock(input.Biography);
        row.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        await ReplaceUpdatesAsync(caseId, language, input.Updates ?? [], ct);
        audit.Record(user, grant.Value.OrganisationId, AuditAction.TranslationChanged, slug, language);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (e.IsUniqueViolation())
        {
            return OrganizerResult<CaseTranslationView>.Conflict(l["Someone else added this translation at the same moment; load it again."]);
        }
        return OrganizerResult<CaseTranslationView>.Ok(await ViewAsync(row, ct));
    }

    public async Task<OrganizerResult<CaseTranslationList>> RemoveAsync(ClaimsPrincipal user, string slug, string language, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.Change, ct);
        if (!grant.IsOk)
        {
            return grant.Fail<CaseTranslationList>();
        }
        var caseId = grant.Value!.CaseId;
        var row = await db.CaseTranslations.SingleOrDefaultAsync(t => t.CaseId == caseId && t.Language == language, ct);
        if (row is null)
        {
            return OrganizerResult<CaseTranslationList>.NotFound(l["This case has no translation into '{0}'.", language]);
        }
        db.CaseTranslations.Remove(row);
        db.CaseUpdateTranslations.RemoveRange(await UpdateRows(caseId, language).ToListAsync(ct));
        audit.Record(user, grant.Value.OrganisationId, AuditAction.TranslationChanged, slug, language);
        await db.SaveChangesAsync(ct);
        return OrganizerResult<CaseTranslationList>.Ok(await LoadAsync(caseId, ct));
    }

    /// <summary>Says which language the case is written in; a language it is translated into must lose that translation first.</summary>
    public async Task<OrganizerResult<CaseTranslationList>> SetLanguageAsync(ClaimsPrincipal user, string slug, string? language, CancellationToken ct)
    {
        var grant = await access.CheckAsync(user, slug, AccessNeed.Change, ct);
        if (!grant.IsOk)
        {
            return grant.Fail<CaseTranslationList>();
        }
        var caseId = grant.Value!.CaseId;
        if (!ContentLanguages.IsSupported(language))
        {
            return OrganizerResult<CaseTranslationList>.Invalid(TranslationLanguage.Field, TranslationLanguage.Supported(l));
        }
        if (await db.CaseTranslations.AnyAsync(t => t.CaseId == caseId && t.Language == language, ct))
        {
            return OrganizerResult<CaseTranslationList>.Invalid(TranslationLanguage.Field,
                l["The case has a translation into {0}: remove it first.", ContentLanguages.NameOf(language!)]);
        }
        await db.Cases.Where(c => c.Id == caseId).ExecuteUpdateAsync(s => s.SetProperty(c => c.Language, language), ct);
        return OrganizerResult<CaseTranslationList>.Ok(await LoadAsync(caseId, ct));
    }

    private IEnumerable<ValidationFailure> Refusals(CaseOriginal original, string language, CaseTranslationInput input)
    {
        if (TranslationLanguage.Refuse(l, language, original.Language) is { } wrong)
        {
            yield return wrong;
            yield break;
        }
        foreach (var (field, had, has) in new[]
        {
            (nameof(input.Charges), original.Charges, input.Charges),
            (nameof(input.Sentence), original.Sentence, input.Sentence),
            (nameof(input.PlaceOfDetention), original.PlaceOfDetention, input.PlaceOfDetention),
            (nameof(input.Biography), original.Biography, input.Biography),
        })
        {
            if (had is not null && string.IsNullOrWhiteSpace(has))
            {
                yield return new ValidationFailure(field, l["Translate this too: the original has it."]);
            }
        }
        var known = original.Updates.Select(u => u.Id).ToHashSet();
        foreach (var (update, i) in (input.Updates ?? []).Select((u, i) => (u, i)))
        {
            if (!known.Contains(update.Id))
            {
                yield return new ValidationFailure($"Updates[{i}].Id", l["This case has no such update."]);
            }
        }
    }

    private async Task ReplaceUpdatesAsync(Guid caseId, string language, List<CaseUpdateTranslationInput> updates, CancellationToken ct)
    {
        var existing = await UpdateRows(caseId, language).ToDictionaryAsync(t => t.CaseUpdateId, ct);
        var wanted = updates.Where(u => !string.IsNullOrWhiteSpace(u.Summary)).GroupBy(u => u.Id).ToDictionary(g => g.Key, g => Text.CleanBlock(g.Last().Summary)!);
        db.CaseUpdateTranslations.RemoveRange(existing.Values.Where(t => !wanted.ContainsKey(t.CaseUpdateId)));
        foreach (var (id, summary) in wanted)
        {
            var row = existing.GetValueOrDefault(id) ?? db.CaseUpdateTranslations.Add(new CaseUpdateTranslation { CaseUpdateId = id, Language = language }).Entity;
            row.Summary = summary;
        }
    }

    private IQueryable<CaseUpdateTranslation> UpdateRows(Guid caseId, string language) =>
        db.CaseUpdateTranslations.Where(t => t.Language == language && db.CaseUpdates.Any(u => u.Id == t.CaseUpdateId && u.CaseId == caseId));

    private async Task<CaseOriginal> OriginalAsync(Guid caseId, CancellationToken ct)
    {
        var c = await db.Cases.AsNoTracking().Include(x => x.Updates).SingleAsync(x => x.Id == caseId, ct);
        return new CaseOriginal(c.Slug, c.Language, c.Name, c.NativeName, c.Honorific, c.Charges, c.Sentence, c.PlaceOfDetention, c.Biography,
            c.Updates.OrderByDescending(u => u.Date).ThenByDescending(u => u.CreatedAt)
                .Select(u => new CaseUpdateOriginal(u.Id, u.Date, u.DatePrecision, u.Summary)).ToList());
    }

    private async Task<CaseTranslationView> ViewAsync(CaseTranslation row, CancellationToken ct)
    {
        var updates = await UpdateRows(row.CaseId, row.Language).AsNoTracking()
            .OrderBy(t => t.CaseUpdateId).Select(t => new CaseUpdateTranslationView(t.CaseUpdateId, t.Summary)).ToListAsync(ct);
        return new CaseTranslationView(row.Language, row.Name, row.Charges, row.Sentence, row.PlaceOfDetention, row.Biography, updates, row.UpdatedAt);
    }

    private async Task<CaseTranslationList> LoadAsync(Guid caseId, CancellationToken ct)
    {
        var person = await db.Cases.AsNoTracking().Where(c => c.Id == caseId).Select(c => new { c.Slug, c.Name, c.Language }).SingleAsync(ct);
        var rows = await db.CaseTranslations.AsNoTracking().Where(t => t.CaseId == caseId).OrderBy(t => t.Language).ToListAsync(ct);
        var views = new List<CaseTranslationView>();
        foreach (var row in rows)
        {
            views.Add(await ViewAsync(row, ct));
        }
        return new CaseTranslationList(person.Slug, person.Name, person.Language, views);
    }
}
