using Campaigns.Web.Domain;

namespace Campaigns.Web.Features.Translations;

/// <summary>The language a text is shown in and the one the reader asked for; they differ when it is not translated yet.</summary>
public sealed record TextLanguage(string Shown, string Wanted)
{
    public bool Missing => Shown != Wanted;

    /// <summary>The original text, for a reader of the current request's language.</summary>
    public static TextLanguage Original(string original) => new(original, ContentLanguages.Current);

    public static TextLanguage Translated(string language) => new(language, language);
}
