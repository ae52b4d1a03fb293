using Campaigns.Web.Domain;
using Campaigns.Web.Features.Letters;
using Campaigns.Web.Features.Signing;

namespace Campaigns.Web.Features.Deliveries;

/// <summary>What a letter says to one target, from one supporter or from all the signatories of a batch, in <paramref name="Language"/>.</summary>
public sealed record LetterCampaign(
    string Title, string? LetterSubject, string Body, string? EditableText, DateOnly? LetterDate, bool ReplyToSupporter, string Language);

public sealed record LetterTarget(string Name, string? Title, string? Salutation, string? Email);

public sealed record LetterSigner(string Name, string Email, string? City, string Country, string? PersonalText, SignerKind Kind, string? OrganisationName, string? SignerRole);

public static class LetterText
{
    public static string Subject(LetterCampaign campaign) =>
        string.IsNullOrWhiteSpace(campaign.LetterSubject) ? campaign.Title : campaign.LetterSubject;

    /// <summary>The letter's paragraphs; without a signer, the supporter's placeholders stay empty and the organizer's paragraph is used.</summary>
    public static IReadOnlyList<string> Paragraphs(LetterCampaign campaign, LetterTarget target, LetterSigner? signer, DateTime now)
    {
        var fields = new LetterFields(
            target.Salutation, target.Name, target.Title,
            signer?.Name, signer?.City, signer is null ? null : Countries.Name(signer.Country),
            LetterDates.Format(campaign.LetterDate ?? DateOnly.FromDateTime(now), campaign.Language),
            string.IsNullOrWhiteSpace(signer?.PersonalText) ? campaign.EditableText : signer.PersonalText);
        return LetterTemplate.Render(campaign.Body, fields).Replace("\r\n", "\n")
            .Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
    }

    /// <summary>A signatory as officials see them: the name as signed and where from, never an email address.</summary>
    public static string Signatory(LetterSigner signer)
    {
        var place = string.Join(", ", new[] { signer.City, Countries.Name(signer.Country) }.Where(p => !string.IsNullOrWhiteSpace(p)));
        var who = signer.Kind == SignerKind.Organisation && !string.IsNullOrWhiteSpace(signer.OrganisationName)
            ? $"{signer.OrganisationName} ({signer.Name}{(string.IsNullOrWhiteSpace(signer.SignerRole) ? "" : ", " + signer.SignerRole)})"
            : signer.Name;
        return place.Length == 0 ? who : $"{who}, {place}";
    }
}
