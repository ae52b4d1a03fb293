using Campaigns.Fingerprints;
using Campaigns.Web.Domain;
using Campaigns.Web.Features.Fingerprints;
using Campaigns.Web.Features.Translations;
using Campaigns.Web.Infrastructure;

namespace Campaigns.Web.Features.Letters;

/// <summary>One printed copy of the letter, for one target (or for no one in particular when it has none).</summary>
public sealed record PrintedCopy(IReadOnlyList<string> Address, string Date, string? Salutation, string BodyHtml, string? SubjectLine, string Language);

/// <summary>The letter's copies with its signatories, and the campaign's latest fingerprint of support (null before the first).</summary>
public sealed record PrintableLetter(LetterData Letter, IReadOnlyList<PrintedCopy> Copies, PublicSignatories Signatories, PublishedDay? Fingerprint);

/// <summary>
/// The letter as it is posted or handed in: every supporter placeholder in its collective form, each copy in the
/// language its official reads when the campaign has been translated into it.
/// </summary>
public class PrintableLetters(LetterQueries letters, TranslatedCampaigns translations, SignatoryListing signatories, FingerprintHistory fingerprints, TimeProvider clock)
{
    public async Task<PrintableLetter?> BuildAsync(string slug, Guid? targetId, CancellationToken ct)
    {
        var letter = await letters.PublicAsync(slug, ct);
        if (letter is null || letter.Kind == CampaignKind.Petition)
        {
            return null;
        }
        var targets = targetId is { } id ? letter.Targets.Where(t => t.Id == id).ToList() : letter.Targets.ToList();
        if (targetId is not null && targets.Count == 0)
        {
            return null;
        }
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var copies = new List<PrintedCopy>();
        foreach (var target in targets)
        {
            copies.Add(Copy(await translations.ForOfficialAsync(letter, target.Language, ct), target, today));
        }
        if (targets.Count == 0)
        {
            copies.Add(Copy(letter, null, today));
        }
        return new PrintableLetter(letter, copies, await signatories.ForAsync(letter, ct), await fingerprints.LatestAsync(letter.CampaignId, ct));
    }

    private static PrintedCopy Copy(LetterData letter, LetterTarget? target, DateOnly today)
    {
        var text = LetterWriter.Text(letter, target, LetterSigner.Collective, null, today);
        var separateSalutation = target is not null && !letter.Body.Contains("{salutation}", StringComparison.Ordinal)
            ? LetterWriter.Fields(letter, target, LetterSigner.Collective, null, today).ValueOf("salutation") + ","
            : null;
        return new PrintedCopy(AddressLines(letter, target), LetterWriter.Date(letter, today), separateSalutation, MarkdownRenderer.ToHtml(text),
            letter.SubjectLine, letter.Language);
    }

    /// <summary>The address block as the organizer wrote it, line by line, under the official's name and title.</summary>
    private static IReadOnlyList<string> AddressLines(LetterData letter, LetterTarget? target)
    {
        if (target is null)
        {
            return Lines(letter.AddressedTo);
        }
        string?[] heading = [target.Name, target.Title, target.PostalAddress is null ? target.Affiliation : null];
        return [.. heading.OfType<string>(), .. Lines(target.PostalAddress)];
    }

    private static IReadOnlyList<string> Lines(string? text) =>
        text is null ? [] : text.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
