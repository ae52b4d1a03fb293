using Campaigns.Web.Domain;
using Campaigns.Web.Features.Signing;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Cases;

/// <summary>What an organizer writes about a person, shared by creating and editing a case.</summary>
public interface ICaseFields
{
    string? Name { get; }
    string? NativeName { get; }
    string? Honorific { get; }
    string? Country { get; }
    string? Status { get; }
    DateOnly? StatusChangedOn { get; }
    DateOnly? DetainedSince { get; }
    string? Charges { get; }
    string? Sentence { get; }
    string? PlaceOfDetention { get; }
    string? Biography { get; }
}

public abstract class CaseFieldsValidator<T> : AbstractValidator<T> where T : ICaseFields
{
    private static readonly DateOnly Earliest = new(1900, 1, 1);

    protected CaseFieldsValidator(IStringLocalizer<SharedResource> l, TimeProvider clock)
    {
        RuleFor(r => r.Name).NotEmpty().WithMessage(_ => l["Enter the person's name in Latin script, for example Wang Bingzhang."])
            .MaximumLength(CaseLimits.Name)
            .Must(CaseText.HasLatinLetter).WithMessage(_ => l["Write this name in Latin script (for example Wang Bingzhang); the name in another script goes in the native name."]);
        RuleFor(r => r.NativeName).MaximumLength(CaseLimits.Name);
        RuleFor(r => r.Honorific).MaximumLength(CaseLimits.Honorific);
        RuleFor(r => r.Country).Must(c => string.IsNullOrWhiteSpace(c) || Countries.IsKnown(c.Trim()))
            .WithMessage(_ => l["Use a two-letter country code such as CN."]);
        RuleFor(r => r.Status).NotEmpty().WithMessage(_ => l["Status must be one of: {0}.", CaseStatuses.Names])
            .Must(s => CaseStatuses.TryParse(s, out _)).WithMessage(_ => l["Status must be one of: {0}.", CaseStatuses.Names]);
        RuleFor(r => r.StatusChangedOn).Must(d => d is null || d <= CaseDates.LatestToday(clock))
            .WithMessage(_ => l["The date the status changed cannot be in the future."])
            .Must(d => d is null || d >= Earliest).WithMessage(_ => l["The date the status changed cannot be before 1900."]);
        RuleFor(r => r.DetainedSince).Must(d => d is null || d <= CaseDates.LatestToday(clock))
            .WithMessage(_ => l["Detained since cannot be in the future."])
            .Must(d => d is null || d >= Earliest).WithMessage(_ => l["Detained since cannot be before 1900."]);
        RuleFor(r => r.Charges).MaximumLength(CaseLimits.Charges);
        RuleFor(r => r.Sentence).MaximumLength(CaseLimits.Sentence);
        RuleFor(r => r.PlaceOfDetention).MaximumLength(CaseLimits.PlaceOfDetention);
        RuleFor(r => r.Biography).MaximumLength(CaseLimits.Biography);
    }
}

/// <summary>The column sizes of the case tables, so validation and the database agree.</summary>
public static class CaseLimits
{
    public const int Slug = 100;
    public const int Name = 200;
    public const int Honorific = 50;
    public const int Charges = 2000;
    public const int Sentence = 500;
    public const int PlaceOfDetention = 500;
    public const int Biography = 50_000;
    public const int AdvocateText = 200;
    public const int Url = 2000;
    public const int UpdateSummary = 4000;
    public const int SourceName = 200;
}

public static class CaseStatuses
{
    public static readonly string Names = string.Join(", ", Enum.GetNames<CaseStatus>());

    public static bool TryParse(string? text, out CaseStatus status) =>
        Enum.TryParse(text?.Trim(), ignoreCase: true, out status) && Enum.IsDefined(status) && !int.TryParse(text, out _);
}
