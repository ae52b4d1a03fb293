using Campaigns.Web.Domain;
using FluentValidation.Results;

namespace Campaigns.Web.Features.Translations;

internal static class TranslationLanguage
{
    public const string Field = "language";

    public static readonly string Supported = $"The language must be one of: {string.Join(", ", ContentLanguages.All)}.";

    /// <summary>Why a text cannot be translated into <paramref name="language"/>, or null when it can.</summary>
    public static ValidationFailure? Refuse(string language, string original) =>
        !ContentLanguages.IsSupported(language) ? new ValidationFailure(Field, Supported)
        : language == original ? new ValidationFailure(Field, $"The original is written in {ContentLanguages.NameOf(original)}: translate it into another language.")
        : null;
}
