using Campaigns.Web.Domain;

namespace Campaigns.Web.Features.Translations;

public sealed record CaseUpdateOriginal(Guid Id, DateOnly Date, DatePrecision DatePrecision, string Summary);

/// <summary>The case as written, which a translation follows.</summary>
public sealed record CaseOriginal(
    string Slug, string Language, string Name, string? NativeName, string? Honorific, string? Charges, string? Sentence,
    string? PlaceOfDetention, string? Biography, IReadOnlyList<CaseUpdateOriginal> Updates);

public sealed record CaseUpdateTranslationView(Guid Id, string Summary);

public sealed record CaseTranslationView(
    string Language, string Name, string? Charges, string? Sentence, string? PlaceOfDetention, string? Biography,
    IReadOnlyList<CaseUpdateTranslationView> Updates, DateTime UpdatedAt);

/// <summary>A case's original language and its translations into the others.</summary>
public sealed record CaseTranslationList(string Slug, string Name, string Language, IReadOnlyList<CaseTranslationView> Translations);
