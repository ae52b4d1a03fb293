using Campaigns.Web.Features.Cases;
using Campaigns.Web.Resources;
using FluentValidation;
using Microsoft.Extensions.Localization;

namespace Campaigns.Web.Features.Translations;

/// <summary>A case's profile and timeline in one language, with the same limits as the original.</summary>
public sealed record CaseTranslationInput
{
    public string? Name { get; init; }
    public string? Charges { get; init; }
    public string? Sentence { get; init; }
    public string? PlaceOfDetention { get; init; }
    public string? Biography { get; init; }

    /// <summary>Each timeline entry's words in this language; an entry left out or left empty is shown as written.</summary>
    public List<CaseUpdateTranslationInput>? Updates { get; init; }

    public class Validator : AbstractValidator<CaseTranslationInput>
    {
        public Validator(IStringLocalizer<SharedResource> l)
        {
            RuleFor(r => r.Name).NotEmpty().WithMessage(_ => l["Write the person's name as readers of this language write it, for example {0}.", "王炳章"])
                .MaximumLength(CaseLimits.Name);
            RuleFor(r => r.Charges).MaximumLength(CaseLimits.Charges);
            RuleFor(r => r.Sentence).MaximumLength(CaseLimits.Sentence);
            RuleFor(r => r.PlaceOfDetention).MaximumLength(CaseLimits.PlaceOfDetention);
            RuleFor(r => r.Biography).MaximumLength(CaseLimits.Biography);
            RuleFor(r => r.Updates).Must(u => u is null || u.Count <= CaseTimeline.MaxPerCase)
                .WithMessage(_ => l["A case can have at most {0} updates.", CaseTimeline.MaxPerCase]);
            RuleForEach(r => r.Updates).NotNull().ChildRules(update =>
                update.RuleFor(u => u.Summary).MaximumLength(CaseLimits.UpdateSummary));
        }
    }
}

public sealed record CaseUpdateTranslationInput
{
    public Guid Id { get; init; }
    public string? Summary { get; init; }
}
