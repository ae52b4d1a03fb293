using Campaigns.Web.Data;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Letters;
using Microsoft.EntityFrameworkCore;

namespace Campaigns.Web.Features.Translations;

/// <summary>Finds campaigns' translations for readers: the current request's language, or an official's.</summary>
public class TranslatedCampaigns(CampaignsDbContext db)
{
    public async Task<CampaignTranslation?> FindAsync(Guid campaignId, string original, string? wanted, CancellationToken ct) =>
        wanted is null || wanted == original
            ? null
            : await db.CampaignTranslations.AsNoTracking().SingleOrDefaultAsync(t => t.CampaignId == campaignId && t.Language == wanted, ct);

    /// <summary>A letter in the current request's language when it has been translated into it.</summary>
    public Task<LetterData> ForReaderAsync(LetterData letter, CancellationToken ct) => InAsync(letter, ContentLanguages.Current, ct);

    /// <summary>A letter in the language an official reads (a tag such as zh-CN) when it has been translated into it.</summary>
    public Task<LetterData> ForOfficialAsync(LetterData letter, string? language, CancellationToken ct) =>
        InAsync(letter, ContentLanguages.Match(language), ct);

    private async Task<LetterData> InAsync(LetterData letter, string? language, CancellationToken ct) =>
        await FindAsync(letter.CampaignId, letter.Language, language, ct) is { } t
            ? letter with
            {
                Title = t.Title, Body = t.Body, Subject = t.LetterSubject, EditableText = t.EditableText ?? letter.EditableText,
                AddressedTo = t.AddressedTo ?? letter.AddressedTo, Language = t.Language,
            }
            : letter;

    /// <summary>The titles of those campaigns that have a translation into the current request's language.</summary>
    public async Task<IReadOnlyDictionary<Guid, string>> TitlesAsync(IReadOnlyCollection<Guid> campaignIds, CancellationToken ct)
    {
        var wanted = ContentLanguages.Current;
        return await db.CampaignTranslations.AsNoTracking()
            .Where(t => campaignIds.Contains(t.CampaignId) && t.Language == wanted)
            .ToDictionaryAsync(t => t.CampaignId, t => t.Title, ct);
    }

    /// <summary>A title in the current request's language when there is one, with the language it is in.</summary>
    public static (string Title, string Language) TitleOf(IReadOnlyDictionary<Guid, string> titles, Guid id, string title, string original) =>
        titles.TryGetValue(id, out var translated) ? (translated, ContentLanguages.Current) : (title, original);
}
