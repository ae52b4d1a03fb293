using Campaigns.Web.Domain;
using Campaigns.Web.Features.Campaigns;
using Campaigns.Web.Features.Signing;
using Campaigns.Web.Resources;
using FluentValidation.Results;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Letters;

/// <summary>What a signature adds to a letter: the supporter's paragraph, or the organisation signing.</summary>
public sealed record LetterPart(SignerKind Kind, string? OrganisationName, string? OrganisationDomain, string? SignerRole, string? PersonalText)
{
    public static readonly LetterPart None = new(SignerKind.Individual, null, null, null, null);
}

public sealed record LetterCheck(LetterPart Part, IReadOnlyList<ValidationFailure> Errors);

/// <summary>
/// The rules of a campaign's letter that depend on the campaign: only an appeal letter's editable paragraph may
/// change, within its length, and only joint statements take organisations. Petitions pay no lookup.
/// </summary>
public class LetterSigning(LetterQueries letters, TimeProvider clock, IStringLocalizer<SharedResource> l)
{
    public async Task<LetterCheck> CheckAsync(CampaignRef campaign, SignCampaign.Request r, CancellationToken ct)
    {
        var errors = new List<ValidationFailure>();
        if (r.Organisation is not null && campaign.Kind != CampaignKind.JointStatement)
        {
            errors.Add(new(nameof(r.Organisation), l["Only joint statements are signed by organisations."]));
        }
        var personal = await PersonalTextAsync(campaign, r, errors, ct);
        if (errors.Count > 0)
        {
            return new LetterCheck(LetterPart.None, errors);
        }
        return new LetterCheck(r.Organisation is { } o
            ? new LetterPart(SignerKind.Organisation, Clean(o.OrganisationName), OrganisationDomains.Normalize(o.OrganisationDomain), Clean(o.SignerRole), null)
            : LetterPart.None with { PersonalText = personal }, []);
    }

    private async Task<string?> PersonalTextAsync(CampaignRef campaign, SignCampaign.Request r, List<ValidationFailure> errors, CancellationToken ct)
    {
        if (r.PersonalText is null && r.LetterText is null)
        {
            return null;
        }
        var letter = campaign.Kind == CampaignKind.AppealLetter ? await letters.ByIdAsync(campaign.Id, ct) : null;
        if (letter is not { HasEditablePart: true })
        {
            errors.Add(new(r.PersonalText is null ? nameof(r.LetterText) : nameof(r.PersonalText),
                l["This letter has no paragraph that supporters can change."]));
            return null;
        }
        var personal = r.PersonalText;
        if (r.LetterText is not null)
        {
            var signer = new LetterSigner(Clean(r.Name), Clean(r.City), r.Country?.ToUpperInvariant());
            var fields = LetterWriter.Fields(letter, letter.FirstTarget, signer, null, DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
            var extracted = EditablePart.Extract(letter.Body, fields, r.LetterText);
            if (extracted is null)
            {
                errors.Add(new(nameof(r.LetterText), l["Only the paragraph marked as editable can be changed."]));
                return null;
            }
            personal ??= extracted;
        }
        personal = personal!.ReplaceLineEndings("\n").Trim();
        if (personal.Length > letter.MaxLength)
        {
            errors.Add(new(nameof(r.PersonalText), l["Your paragraph is {0} characters; the limit is {1}.", personal.Length, letter.MaxLength]));
        }
        return personal.Length == 0 ? null : personal;
    }

    private static string? Clean(string? text) =>
        string.IsNullOrWhiteSpace(text) ? null : string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
