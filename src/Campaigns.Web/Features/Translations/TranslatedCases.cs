using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Translations;

public sealed record TranslatedCase(CaseTranslation Profile, IReadOnlyDictionary<Guid, string> Updates);

/// <summary>Finds cases' translations into the current request's language.</summary>
public class TranslatedCases(CampaignsDbContext db)
{
    public async Task<TranslatedCase?> FindAsync(Guid caseId, string original, CancellationToken ct)
    {
        var wanted = ContentLanguages.Current;
        var profile = wanted == original ? null
            : await db.CaseTranslations.AsNoTracking().SingleOrDefaultAsync(t => t.CaseId == caseId && t.Language == wanted, ct);
        if (profile is null)
        {
            return null;
        }
        var updates = await db.CaseUpdateTranslations.AsNoTracking()
            .Where(t => t.Language == wanted && db.CaseUpdates.Any(u => u.Id == t.CaseUpdateId && u.CaseId == caseId))
            .ToDictionaryAsync(t => t.CaseUpdateId, t => t.Summary, ct);
        return new TranslatedCase(profile, updates);
    }

    /// <summary>The name lines of those cases that have a translation into the current request's language.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> NamesAsync(IReadOnlyCollection<Guid> caseIds, CancellationToken ct)
    {
        var wanted = ContentLanguages.Current;
        return await db.CaseTranslations.AsNoTracking()
            .Where(t => caseIds.Contains(t.CaseId) && t.Language == wanted)
            .ToDictionaryAsync(t => t.CaseId, t => t.Name, ct);
    }
}
