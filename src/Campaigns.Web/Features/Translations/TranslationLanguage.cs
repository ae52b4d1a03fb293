using Campaigns.Web.Domain;
using FluentValidation.Results;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Translations;

internal static class TranslationLanguage
{
    public const string Field = "language";

    public static string Supported(IStringLocalizer l) => l["The language must be one of: {0}.", string.Join(", ", ContentLanguages.All)];

    /// <summary>Why a text cannot be translated into <paramref name="language"/>, or null when it can.</summary>
    public static ValidationFailure? Refuse(IStringLocalizer l, string language, string original) =>
        !ContentLanguages.IsSupported(language) ? new ValidationFailure(Field, Supported(l))
        : language == original ? new ValidationFailure(Field, l["The original is written in {0}: translate it into another language.", ContentLanguages.NameOf(original)])
        : null;
}
