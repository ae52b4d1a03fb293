using Campaigns.Web.Data;
using Campaigns.Web.Domain;

namespace Campaigns.Web.Seeding;

public sealed class CampaignTranslationSeed
{
    public required string Campaign { get; init; }
    public required string Language { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required string BodyFile { get; init; }
    public string? ClosingMessage { get; init; }
    public string? Subject { get; init; }
    public string? EditableText { get; init; }
    public string? AddressedTo { get; init; }
}

public sealed class CaseTranslationSeed
{
    public required string Case { get; init; }
    public required string Language { get; init; }
    public required string Name { get; init; }
    public string? Charges { get; init; }
    public string? Sentence { get; init; }
    public string? PlaceOfDetention { get; init; }
    public string? BiographyFile { get; init; }

    /// <summary>Each timeline entry's words, found by the entry's date as cases.json gives it.</summary>
    public IReadOnlyList<CaseUpdateTranslationSeed> Updates { get; init; } = [];
}

public sealed class CaseUpdateTranslationSeed
{
    public required string Date { get; init; }
    public required string Summary { get; init; }
}

/// <summary>The translations under translations/: campaigns' and cases' text in other languages, one file per language.</summary>
public static class TranslationSeeds
{
    public const string CampaignsFolder = "translations/campaigns";
    public const string CasesFolder = "translations/cases";

    public static void AddTo(CampaignsDbContext db, SeedFolder seeds, DemoCatalogue catalogue, DateTime now)
    {
        if (Directory.Exists(Path.Combine(seeds.Root, CampaignsFolder)))
        {
            foreach (var seed in seeds.ReadEach<CampaignTranslationSeed>(CampaignsFolder))
            {
                db.CampaignTranslations.Add(new CampaignTranslation
                {
                    CampaignId = Find(catalogue.Campaigns, seed.Campaign, "campaign").Id, Language = Supported(seed.Language),
                    Title = seed.Title, Summary = seed.Summary, Body = seeds.Text(seed.BodyFile), ClosingMessage = seed.ClosingMessage,
                    LetterSubject = seed.Subject, EditableText = seed.EditableText, AddressedTo = seed.AddressedTo, UpdatedAt = now,
                });
            }
        }
        if (Directory.Exists(Path.Combine(seeds.Root, CasesFolder)))
        {
            foreach (var seed in seeds.ReadEach<CaseTranslationSeed>(CasesFolder))
            {
                AddCase(db, seeds, Find(catalogue.Cases, seed.Case, "case"), seed, now);
            }
        }
    }

    private static void AddCase(CampaignsDbContext db, SeedFolder seeds, Case person, CaseTranslationSeed seed, DateTime now)
    {
        var language = Supported(seed.Language);
        db.CaseTranslations.Add(new CaseTranslation
        {
            CaseId = person.Id, Language = language, Name = seed.Name, Charges = seed.Charges, Sentence = seed.Sentence,
            PlaceOfDetention = seed.PlaceOfDetention, Biography = seed.BiographyFile is null ? null : seeds.Text(seed.BiographyFile), UpdatedAt = now,
        });
        foreach (var update in seed.Updates)
        {
            var (date, precision) = new CaseUpdateSeed { Date = update.Date, Summary = update.Summary }.ParsedDate();
            var entry = person.Updates.SingleOrDefault(u => u.Date == date && u.DatePrecision == precision)
                ?? throw new InvalidDataException($"The {language} translation of '{seed.Case}' has an update dated {update.Date}, which the case does not have.");
            db.CaseUpdateTranslations.Add(new CaseUpdateTranslation { CaseUpdateId = entry.Id, Language = language, Summary = update.Summary });
        }
    }

    private static string Supported(string language) =>
        ContentLanguages.IsSupported(language) && language != ContentLanguages.English ? language
            : throw new InvalidDataException($"The seeds translate into '{language}'; translations are into {ContentLanguages.Simplified} or {ContentLanguages.Traditional}.");

    private static T Find<T>(Dictionary<string, T> known, string key, string what) =>
        known.TryGetValue(key, out var found) ? found : throw new InvalidDataException($"A translation in the seeds refers to an unknown {what} '{key}'.");
}
