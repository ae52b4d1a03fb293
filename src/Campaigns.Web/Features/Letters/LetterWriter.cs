using Campaigns.Web.Features.Signing;

namespace Campaigns.Web.Features.Letters;

/// <summary>Who a letter is written as: one supporter, or everyone who signed it together.</summary>
public sealed record LetterSigner(string? Name, string? City, string? CountryCode)
{
    public static readonly LetterSigner Collective = new("The undersigned", null, null);
}

/// <summary>Fills a letter's placeholders for one target and one signer.</summary>
public static class LetterWriter
{
    public static string Date(LetterData letter, DateOnly today) =>
        LetterDates.Format(letter.LetterDate ?? today, letter.Language);

    public static LetterFields Fields(LetterData letter, LetterTarget? target, LetterSigner signer, string? editable, DateOnly today) => new(
        target?.Salutation,
        target?.Name,
        target?.Title,
        signer.Name,
        signer.City,
        signer.CountryCode is { Length: > 0 } code ? Countries.Name(code) : null,
        Date(letter, today),
        editable ?? letter.EditableText);

    public static string Text(LetterData letter, LetterTarget? target, LetterSigner signer, string? editable, DateOnly today) =>
        LetterTemplate.Render(letter.Body, Fields(letter, target, signer, editable, today));
}
