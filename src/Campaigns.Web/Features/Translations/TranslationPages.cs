using Campaigns.Web.Domain;

namespace Campaigns.Web.Features.Translations;

/// <summary>A campaign's or case's translations at a glance: the language it is written in, and each other language's state.</summary>
public sealed record TranslationOverview(string Heading, string Path, string Original, IReadOnlyList<string> Translated)
{
    public IEnumerable<string> Others => ContentLanguages.All.Where(l => l != Original);

    public static TranslationOverview Of(CampaignTranslationList list) => new(
        list.Title, $"/organizer/campaigns/{list.Slug}", list.Language,
        list.Translations.Select(t => t.Language).ToList());

    public static TranslationOverview Of(CaseTranslationList list) => new(
        list.Name, $"/organizer/cases/{list.Slug}", list.Language,
        list.Translations.Select(t => t.Language).ToList());
}

public sealed record CampaignTranslationPage(CampaignOriginal Original, string Language, CampaignTranslationInput Form);

public sealed record CaseTranslationPage(CaseOriginal Original, string Language, CaseTranslationInput Form);
