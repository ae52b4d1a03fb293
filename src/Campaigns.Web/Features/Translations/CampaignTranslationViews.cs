using Campaigns.Web.Domain;

namespace Campaigns.Web.Features.Translations;

/// <summary>The campaign as written, which a translation follows: it has the letter fields only where the original has them.</summary>
public sealed record CampaignOriginal(
    string Slug, CampaignKind Kind, string Language, string Title, string Summary, string Body, string? ClosingMessage,
    string? LetterSubject, string? EditableText, int? EditableMaxLength, string? AddressedTo)
{
    public bool HasEditablePart => Kind == CampaignKind.AppealLetter && Letters.LetterTemplate.HasEditablePart(Body);
}

public sealed record CampaignTranslationView(
    string Language, string Title, string Summary, string Body, string? ClosingMessage, string? LetterSubject, string? EditableText,
    string? AddressedTo, DateTime UpdatedAt)
{
    public static CampaignTranslationView Of(CampaignTranslation t) =>
        new(t.Language, t.Title, t.Summary, t.Body, t.ClosingMessage, t.LetterSubject, t.EditableText, t.AddressedTo, t.UpdatedAt);
}

/// <summary>A campaign's original language and its translations into the others.</summary>
public sealed record CampaignTranslationList(string Slug, string Title, string Language, IReadOnlyList<CampaignTranslationView> Translations);

public sealed record LanguageChoice(string? Language);
