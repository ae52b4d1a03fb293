using Campaigns.Web.Domain;

namespace Campaigns.Web.Features.Letters;

/// <summary>What it takes to write out a campaign's letter: its text, its rules and the officials it goes to.</summary>
public sealed record LetterData(
    Guid CampaignId,
    string Slug,
    CampaignKind Kind,
    CampaignStatus Status,
    string Title,
    string Body,
    string OrganisationName,
    string? Subject,
    DateOnly? LetterDate,
    string? EditableText,
    int? EditableMaxLength,
    string? AddressedTo,
    string? ContactName,
    string? ContactOrganisation,
    string? ContactEmail,
    SignatoryOrder Order,
    int SignatureCount,
    int OrganisationCount,
    IReadOnlyList<LetterTarget> Targets,
    string Language)
{
    /// <summary>The longest paragraph any letter takes, whatever the organizer set.</summary>
    public const int HardMaxLength = 5000;

    public bool HasEditablePart => Kind == CampaignKind.AppealLetter && EditableText is not null && LetterTemplate.HasEditablePart(Body);

    /// <summary>The subject line, unless the letter's text already carries it.</summary>
    public string? SubjectLine => Subject is not null && !Body.Contains(Subject, StringComparison.Ordinal) ? Subject : null;

    public int MaxLength => Math.Min(EditableMaxLength ?? HardMaxLength, HardMaxLength);

    public LetterTarget? FirstTarget => Targets.Count > 0 ? Targets[0] : null;
}

/// <summary><paramref name="Language"/> is the language tag the official reads, as the directory gives it (zh-CN).</summary>
public sealed record LetterTarget(
    Guid Id, string Name, string? Title, string? Affiliation, string? PostalAddress, string? Salutation, string? Country, string? Language);
